package io.irplaybook.web;

import io.irplaybook.inbox.Inbox;
import io.irplaybook.incident.Declared;
import io.irplaybook.incident.IncidentFilter;
import io.irplaybook.incident.IncidentList;
import io.irplaybook.incident.IncidentStatus;
import io.irplaybook.incident.Incidents;
import io.irplaybook.platform.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
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
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Incidents as pages: the list with its filters, the declare form, and one incident's overview. */
@Path("/incidents")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.ANY_RESPONDER, Roles.ADMIN, Roles.AUDITOR})
public class IncidentPages {

  private static final int PAGE_SIZE = 25;
  private static final List<String> STATUSES =
      Arrays.stream(IncidentStatus.values()).map(Enum::name).toList();
  private static final List<String> TIERS = List.of("small", "mid", "large");
  private static final List<String> SEVERITIES = List.of("low", "medium", "high", "critical");

  @Context HttpServerRequest request;

  private final Incidents incidents;
  private final Inbox inbox;
  private final IncidentOverviews overviews;
  private final PageSupport pages;
  private final SecurityIdentity identity;

  IncidentPages(
      Incidents incidents,
      Inbox inbox,
      IncidentOverviews overviews,
      PageSupport pages,
      SecurityIdentity identity) {
    this.incidents = incidents;
    this.inbox = inbox;
    this.overviews = overviews;
    this.pages = pages;
    this.identity = identity;
  }

  /** The filters as the list's form sent them, echoed back into the form and the page links. */
  public record ListQuery(
      String status,
      String tier,
      String scenario,
      String organization,
      boolean overdue,
      String sort,
      String dir,
      int page) {

    /** The query string for another page or order with the same filters. */
    public String link(int toPage, String bySort, String byDir) {
      StringBuilder q = new StringBuilder("?");
      append(q, "status", status);
      append(q, "tier", tier);
      append(q, "scenario", scenario);
      append(q, "organization", organization);
      if (overdue) {
        append(q, "overdue", "true");
      }
      append(q, "sort", bySort);
      append(q, "dir", byDir);
      append(q, "page", Integer.toString(toPage));
      return q.substring(0, q.length() - 1);
    }

    /** The link a column header sorts by: this column, the other way round when it is in force. */
    public String sortLink(String column) {
      boolean same = column.equals(sort);
      return link(0, column, same && "asc".equals(dir) ? "desc" : "asc");
    }

    /** The aria-sort value of a column header. */
    public String ariaSort(String column) {
      if (!column.equals(sort)) {
        return "none";
      }
      return "asc".equals(dir) ? "ascending" : "descending";
    }

    private static void append(StringBuilder q, String name, String value) {
      if (value != null && !value.isBlank()) {
        q.append(name)
            .append('=')
            .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8))
            .append('&');
      }
    }
  }

  @GET
  public Response list(
      @QueryParam("status") String status,
      @QueryParam("tier") String tier,
      @QueryParam("scenario") String scenario,
      @QueryParam("organization") String organization,
      @QueryParam("overdue") boolean overdue,
      @QueryParam("sort") @DefaultValue("declaredAt") String sort,
      @QueryParam("dir") @DefaultValue("desc") String dir,
      @QueryParam("page") @DefaultValue("0") int page) {
    ListQuery query =
        new ListQuery(status, tier, scenario, organization, overdue, sort, dir, Math.max(0, page));
    Set<String> overdueIds = inbox.overdueIncidentIds();
    IncidentList found =
        incidents.list(
            new IncidentFilter(
                statusOf(status),
                tier,
                scenario,
                organization,
                overdue ? overdueIds : null,
                sort,
                "asc".equals(dir),
                query.page(),
                PAGE_SIZE));
    return pages.render(
        Templates.incidents(
            pages.context(), found, query, incidents.scenarioIds(), overdueIds, STATUSES, TIERS));
  }

  private static IncidentStatus statusOf(String status) {
    if (status == null || status.isBlank()) {
      return null;
    }
    try {
      return IncidentStatus.valueOf(status.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      return null;
    }
  }

  @GET
  @Path("/new")
  @RolesAllowed({Roles.INCIDENT_COMMANDER, Roles.SOC_ANALYST, Roles.ADMIN})
  public Response declareForm() {
    return pages.render(
        Templates.declare(
            pages.context(),
            DeclareForm.blank(),
            FieldErrors.none(),
            incidents.scenarioIds(),
            SEVERITIES));
  }

  @POST
  @Path("/new")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed({Roles.INCIDENT_COMMANDER, Roles.SOC_ANALYST, Roles.ADMIN})
  public Response declare(@FormParam("_csrf") String csrf, @BeanParam DeclareForm form) {
    pages.checkCsrf(csrf);
    String sourceIp = request == null ? null : request.remoteAddress().hostAddress();
    Declared declared =
        incidents.declareOnce(
            form.toJson(), identity.getPrincipal().getName(), sourceIp, form.requestId);
    if (!declared.accepted()) {
      if (declared.errors().stream().anyMatch(e -> Incidents.REQUEST_ID.equals(e.field()))) {
        form.requestId = java.util.UUID.randomUUID().toString();
      }
      return pages.render(
          Templates.declare(
              pages.context(),
              form,
              new FieldErrors(declared.errors()),
              incidents.scenarioIds(),
              SEVERITIES),
          422);
    }
    return PageSupport.seeOther("/incidents/" + declared.incidentId());
  }

  @GET
  @Path("/batch")
  @RolesAllowed({Roles.INCIDENT_COMMANDER, Roles.SOC_ANALYST, Roles.ADMIN})
  public Response batchForm() {
    return pages.render(Templates.batch(pages.context(), null, null));
  }

  /**
   * Declares one incident per CSV row, row by row with the declare form's checks; answers which
   * rows became which incident and what was wrong with the others (they are skipped).
   */
  @POST
  @Path("/batch")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @RolesAllowed({Roles.INCIDENT_COMMANDER, Roles.SOC_ANALYST, Roles.ADMIN})
  public Response batch(@RestForm("_csrf") String csrf, @RestForm("file") FileUpload file)
      throws java.io.IOException {
    pages.checkCsrf(csrf);
    if (file == null || file.uploadedFile() == null) {
      return pages.render(Templates.batch(pages.context(), null, "noFile"), 400);
    }
    String csv =
        java.nio.file.Files.readString(
            file.uploadedFile(), java.nio.charset.StandardCharsets.UTF_8);
    var rows = CsvRows.parse(csv);
    String actor = identity.getPrincipal().getName();
    String sourceIp = request == null ? null : request.remoteAddress().hostAddress();
    List<BatchUpload.RowResult> results = new java.util.ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      int row = i + 2; // the header is row 1, as a spreadsheet numbers them
      if (i >= BatchUpload.MAX_ROWS) {
        results.add(BatchUpload.tooMany(row));
        break;
      }
      DeclareForm form = BatchUpload.form(rows.get(i));
      results.add(
          BatchUpload.RowResult.of(
              row, form.title, incidents.declare(form.toJson(), actor, sourceIp)));
    }
    return pages.render(Templates.batch(pages.context(), results, rows.isEmpty() ? "empty" : null));
  }

  @GET
  @Path("/{incidentId}")
  public Response overview(
      @PathParam("incidentId") String incidentId, @QueryParam("timeline") String timeline) {
    return pages.render(
        Templates.incident(pages.context(), overviews.of(incidentId, timeline, pages.lang())));
  }
}
