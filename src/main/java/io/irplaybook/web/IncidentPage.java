package io.irplaybook.web;

import io.irplaybook.audit.AuditRecord;
import io.irplaybook.audit.AuditTrail;
import io.irplaybook.inbox.Inbox;
import io.irplaybook.inbox.TaskView;
import io.irplaybook.incident.IncidentView;
import io.irplaybook.incident.Incidents;
import io.irplaybook.platform.Roles;
import io.irplaybook.playbook.PlaybookCatalogue;
import io.irplaybook.playbook.PlaybookDiagram;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * One incident for responders: playbook, tier, open steps and holders, timeline, and the playbook
 * drawn with progress.
 */
@Path("/inbox/incidents/{incidentId}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.ANY_RESPONDER, Roles.AUDITOR})
public class IncidentPage {

  /**
   * One playbook of the incident with its drawing (SVG built by {@link PlaybookDiagram}, names
   * escaped there).
   */
  @TemplateData
  public record Playbook(String bpmnProcessId, String name, String svg) {}

  /** One line of the timeline. */
  @TemplateData
  public record Entry(
      long seq, String time, String actor, String action, String objectId, String result) {
    static Entry of(AuditRecord r) {
      return new Entry(
          r.seq(),
          r.time().toString(),
          r.event().actor(),
          r.event().action(),
          r.event().objectId(),
          r.event().result());
    }
  }

  @Location("inbox/incident.html")
  Template incident;

  private final Inbox inbox;
  private final Incidents incidents;
  private final PlaybookDiagram diagram;
  private final PlaybookCatalogue catalogue;
  private final AuditTrail audit;
  private final PageSupport pages;

  IncidentPage(
      Inbox inbox,
      Incidents incidents,
      PlaybookDiagram diagram,
      PlaybookCatalogue catalogue,
      AuditTrail audit,
      PageSupport pages) {
    this.inbox = inbox;
    this.incidents = incidents;
    this.diagram = diagram;
    this.catalogue = catalogue;
    this.audit = audit;
    this.pages = pages;
  }

  @GET
  public Response show(@PathParam("incidentId") String incidentId) {
    incidents.requireVisibleToCaller(incidentId); // need to know: 404 unless the caller may read it
    Inbox.IncidentSteps steps = inbox.incidentSteps(incidentId, pages.lang());
    List<Playbook> playbooks =
        steps.states().entrySet().stream()
            .map(
                e -> {
                  String name = catalogue.processName(e.getKey());
                  return new Playbook(
                      e.getKey(), name, diagram.svg(e.getKey(), e.getValue(), name).orElse(""));
                })
            .toList();
    // The incident as the incident feature stored it; absent for a process started without it.
    IncidentView declared = incidents.find(incidentId).orElse(null);
    String tier = declared != null && declared.tier() != null ? declared.tier() : steps.tier();
    List<Entry> timeline = audit.forIncident(incidentId, 500).stream().map(Entry::of).toList();
    List<TaskView> openSteps =
        steps.tasks().stream().filter(v -> "open".equals(v.status())).toList();
    return pages.render(
        incident
            .data("incidentId", incidentId)
            .data("tier", tier)
            .data("title", declared == null ? null : declared.title())
            .data("status", declared == null ? null : declared.status())
            .data("playbooks", playbooks)
            .data("openSteps", openSteps)
            .data("timeline", timeline));
  }
}
