package io.irplaybook.web;

import io.irplaybook.comms.CommsDrafts;
import io.irplaybook.comms.DraftViews.DraftSummary;
import io.irplaybook.inbox.Inbox;
import io.irplaybook.inbox.InboxProblem;
import io.irplaybook.inbox.TaskList;
import io.irplaybook.inbox.TaskView;
import io.irplaybook.inbox.Viewer;
import io.irplaybook.platform.Roles;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.function.Consumer;

/** The inbox as server-rendered pages: my tasks, the group queue, and a task with its forms. */
@Path("/inbox")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.ANY_RESPONDER, Roles.AUDITOR, Roles.ADMIN})
public class InboxPages {

  @Context HttpServerRequest request;

  private final Inbox inbox;
  private final PageSupport pages;
  private final SecurityIdentity identity;
  private final CommsDrafts drafts;

  InboxPages(Inbox inbox, PageSupport pages, SecurityIdentity identity, CommsDrafts drafts) {
    this.inbox = inbox;
    this.pages = pages;
    this.identity = identity;
    this.drafts = drafts;
  }

  @GET
  public Response mine(
      @QueryParam("status") String status,
      @QueryParam("incident") String incident,
      @QueryParam("overdue") Boolean overdue,
      @QueryParam("page") @DefaultValue("0") int page) {
    if (!viewer().isResponder() && !viewer().seesAll()) {
      // An admin has no tasks: send them to their own start page rather than refuse the inbox.
      return PageSupport.seeOther(pages.context().landingPath());
    }
    // Commanders and auditors hold few tasks themselves; their landing page is everything they may
    // see.
    String scope = viewer().seesAll() ? "all" : "mine";
    return list(
        scope,
        "/inbox",
        status,
        incident,
        overdue,
        page,
        scope.equals("mine") ? "myTasks" : "allTasks");
  }

  @GET
  @Path("/queue")
  public Response queue(
      @QueryParam("status") String status,
      @QueryParam("incident") String incident,
      @QueryParam("overdue") Boolean overdue,
      @QueryParam("page") @DefaultValue("0") int page) {
    return list("groups", "/inbox/queue", status, incident, overdue, page, "groupQueue");
  }

  private Response list(
      String scope,
      String action,
      String status,
      String incident,
      Boolean overdue,
      int page,
      String heading) {
    String shownStatus = status == null || status.isBlank() ? "open" : status;
    TaskList rows =
        inbox.page(scope, shownStatus, incident, overdue, page, TaskListQuery.PAGE_SIZE, viewer());
    String title =
        switch (heading) {
          case "groupQueue" -> localized().groupQueue();
          default -> localized().myTasks();
        };
    return pages.render(
        Templates.tasks(
            pages.context(),
            rows,
            title,
            new TaskListQuery(action, shownStatus, incident, Boolean.TRUE.equals(overdue))));
  }

  @GET
  @Path("/tasks/{id}")
  public Response detail(@PathParam("id") long id) {
    return detail(id, null, 200);
  }

  private Response detail(long id, String problem, int status) {
    TaskView view = inbox.one(id, viewer());
    boolean open = "open".equals(view.status()) && viewer().isResponder();
    // A notify-phase step (approve or edit notices) links to the incident's drafts to review.
    List<DraftSummary> toReview =
        view.incidentId() != null && StepPhases.of(view.phase(), view.elementId()) == Phase.NOTIFY
            ? drafts.forIncident(view.incidentId())
            : List.of();
    return pages.render(Templates.task(pages.context(), view, open, problem, toReview), status);
  }

  @POST
  @Path("/tasks/{id}/claim")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response claim(@PathParam("id") long id, @FormParam("_csrf") String csrf) {
    return act(id, csrf, v -> inbox.claim(id, v));
  }

  @POST
  @Path("/tasks/{id}/unclaim")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response unclaim(@PathParam("id") long id, @FormParam("_csrf") String csrf) {
    return act(id, csrf, v -> inbox.unclaim(id, v));
  }

  @POST
  @Path("/tasks/{id}/assign")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response assign(
      @PathParam("id") long id,
      @FormParam("_csrf") String csrf,
      @FormParam("assignee") String assignee) {
    return act(id, csrf, v -> inbox.assign(id, assignee, v));
  }

  @POST
  @Path("/tasks/{id}/checklist/{position}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response tick(
      @PathParam("id") long id,
      @PathParam("position") int position,
      @FormParam("_csrf") String csrf,
      @FormParam("ticked") String ticked) {
    return act(id, csrf, v -> inbox.tick(id, position, !"false".equals(ticked), v));
  }

  @POST
  @Path("/tasks/{id}/comments")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response comment(
      @PathParam("id") long id, @FormParam("_csrf") String csrf, @FormParam("body") String body) {
    return act(id, csrf, v -> inbox.comment(id, body, v));
  }

  @POST
  @Path("/tasks/{id}/evidence")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response evidence(
      @PathParam("id") long id,
      @FormParam("_csrf") String csrf,
      @FormParam("uri") String uri,
      @FormParam("sha256") String sha256,
      @FormParam("note") String note) {
    return act(id, csrf, v -> inbox.addEvidence(id, uri, sha256, note, v));
  }

  @POST
  @Path("/tasks/{id}/confirm")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response confirm(@PathParam("id") long id, @FormParam("_csrf") String csrf) {
    return act(id, csrf, v -> inbox.confirm(id, v));
  }

  @POST
  @Path("/tasks/{id}/complete")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response complete(@PathParam("id") long id, @FormParam("_csrf") String csrf) {
    pages.checkCsrf(csrf);
    try {
      inbox.complete(id, viewer());
    } catch (InboxProblem problem) {
      return detail(id, problem.getMessage(), problem.status());
    }
    return PageSupport.seeOther("/inbox");
  }

  /**
   * Runs a form action, then shows the task again (Post/Redirect/Get), or the task with the
   * problem.
   */
  private Response act(long id, String csrf, Consumer<Viewer> action) {
    pages.checkCsrf(csrf);
    try {
      action.accept(viewer());
    } catch (InboxProblem problem) {
      if (problem.status() == 404) {
        throw problem;
      }
      return detail(id, problem.getMessage(), problem.status());
    }
    return PageSupport.seeOther("/inbox/tasks/" + id);
  }

  private InboxMessages localized() {
    return MessageBundles.get(InboxMessages.class, Localized.Literal.of(pages.lang()));
  }

  private Viewer viewer() {
    // Step text follows the page's language switch, like the page around it.
    return inbox.viewer(
        identity, request == null ? null : request.remoteAddress().hostAddress(), pages.lang());
  }
}
