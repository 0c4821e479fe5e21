package io.irplaybook.inbox.rest;

import io.irplaybook.inbox.TaskView;
import io.irplaybook.inbox.Viewer;
import io.irplaybook.inbox.service.TaskActions;
import io.irplaybook.inbox.service.TaskCompletion;
import io.irplaybook.inbox.service.TaskQueries;
import io.irplaybook.inbox.service.TaskWording;
import io.irplaybook.platform.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The responder inbox over HTTP: list, read and act on tasks. {@code id} is the task's user task
 * key.
 */
@Path("/api/tasks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ANY_RESPONDER)
public class TaskResource {

  /** Body of assign. */
  public record Assignment(String assignee) {}

  /** Body of a comment. */
  public record NewComment(String body) {}

  /** Body of an evidence reference: where it is, its SHA-256, a note. */
  public record NewEvidence(String uri, String sha256, String note) {}

  /** Body of a checklist change. */
  public record Tick(Boolean ticked) {}

  /** Body of complete: the variables the process continues with. */
  public record Completion(Map<String, Object> variables) {}

  private final TaskQueries queries;
  private final TaskActions actions;
  private final TaskCompletion completion;
  private final SecurityIdentity identity;
  private final TaskWording wording;

  @Context HttpServerRequest request;

  @Context HttpHeaders headers;

  TaskResource(
      TaskQueries queries,
      TaskActions actions,
      TaskCompletion completion,
      SecurityIdentity identity,
      TaskWording wording) {
    this.queries = queries;
    this.actions = actions;
    this.completion = completion;
    this.identity = identity;
    this.wording = wording;
  }

  @GET
  @Transactional
  @RolesAllowed({Roles.ANY_RESPONDER, Roles.AUDITOR})
  public List<TaskView> list(
      @QueryParam("scope") String scope,
      @QueryParam("status") String status,
      @QueryParam("incident") String incident,
      @QueryParam("overdue") Boolean overdue) {
    return wording.views(
        queries.list(TaskQueries.filter(scope, status, incident, overdue), viewer()), language());
  }

  @GET
  @Path("/{id}")
  @Transactional
  @RolesAllowed({Roles.ANY_RESPONDER, Roles.AUDITOR})
  public TaskView get(@PathParam("id") long id) {
    return wording.view(queries.one(id, viewer()), true, language());
  }

  @POST
  @Path("/{id}/claim")
  public TaskView claim(@PathParam("id") long id) {
    actions.claim(id, viewer());
    return reread(id);
  }

  @POST
  @Path("/{id}/unclaim")
  public TaskView unclaim(@PathParam("id") long id) {
    actions.unclaim(id, viewer());
    return reread(id);
  }

  @POST
  @Path("/{id}/assign")
  @RolesAllowed(Roles.INCIDENT_COMMANDER)
  public TaskView assign(@PathParam("id") long id, Assignment body) {
    actions.assign(id, body == null ? null : body.assignee(), viewer());
    return reread(id);
  }

  @POST
  @Path("/{id}/comments")
  public Response comment(@PathParam("id") long id, NewComment body) {
    actions.comment(id, body == null ? null : body.body(), viewer());
    return Response.status(201).entity(reread(id)).build();
  }

  @POST
  @Path("/{id}/evidence")
  public Response evidence(@PathParam("id") long id, NewEvidence body) {
    NewEvidence e = body == null ? new NewEvidence(null, null, null) : body;
    actions.addEvidence(id, e.uri(), e.sha256(), e.note(), viewer());
    return Response.status(201).entity(reread(id)).build();
  }

  @POST
  @Path("/{id}/checklist/{position}")
  public TaskView tick(@PathParam("id") long id, @PathParam("position") int position, Tick body) {
    actions.tick(id, position, body == null || body.ticked() == null || body.ticked(), viewer());
    return reread(id);
  }

  @POST
  @Path("/{id}/confirm")
  public TaskView confirm(@PathParam("id") long id) {
    actions.confirm(id, viewer());
    return reread(id);
  }

  @POST
  @Path("/{id}/complete")
  public TaskView complete(@PathParam("id") long id, Completion body) {
    completion.complete(id, body == null ? Map.of() : body.variables(), viewer());
    return reread(id);
  }

  private TaskView reread(long id) {
    return QuarkusTransaction.requiringNew()
        .call(() -> wording.view(queries.one(id, viewer()), true, language()));
  }

  /**
   * The step text's language from {@code Accept-Language}: the most preferred of {@code ja} and
   * {@code en}; English when neither is named.
   */
  private String language() {
    List<Locale> accepted = headers == null ? List.of() : headers.getAcceptableLanguages();
    return accepted.stream()
        .map(Locale::getLanguage)
        .filter(l -> l.equals("ja") || l.equals("en"))
        .findFirst()
        .orElse("en");
  }

  private Viewer viewer() {
    return Viewer.of(identity, request == null ? null : request.remoteAddress().hostAddress());
  }
}
