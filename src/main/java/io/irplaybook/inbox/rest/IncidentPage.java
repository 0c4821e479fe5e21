package io.irplaybook.inbox.rest;

import io.irplaybook.audit.AuditRecord;
import io.irplaybook.audit.AuditTrail;
import io.irplaybook.inbox.Task;
import io.irplaybook.inbox.service.IncidentProgress;
import io.irplaybook.incident.service.IncidentQueries;
import io.irplaybook.incident.service.IncidentView;
import io.irplaybook.incident.service.ProblemException;
import io.irplaybook.playbook.PlaybookCatalogue;
import io.irplaybook.playbook.PlaybookDiagram;
import io.irplaybook.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
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
import java.util.Map;
import java.util.Objects;

/** One incident for responders: playbook, tier, open steps and holders, timeline, and the playbook drawn with progress. */
@Path("/inbox/incidents/{incidentId}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.INCIDENT_COMMANDER, Roles.NETWORK_ADMIN, Roles.IDENTITY_ADMIN, Roles.FORENSICS, Roles.SOC_ANALYST,
    Roles.COMMS, Roles.LEGAL, Roles.EXECUTIVE, Roles.AUDITOR})
public class IncidentPage {

  /** One playbook of the incident with its drawing (SVG built by {@link PlaybookDiagram}, names escaped there). */
  @TemplateData
  public record Playbook(String bpmnProcessId, String name, String svg) {}

  /** One line of the timeline. */
  @TemplateData
  public record Entry(long seq, String time, String actor, String action, String objectId, String result) {
    static Entry of(AuditRecord r) {
      return new Entry(r.seq(), r.time().toString(), r.event().actor(), r.event().action(), r.event().objectId(), r.event().result());
    }
  }

  @Location("inbox/incident.html")
  Template incident;

  private final IncidentProgress progress;
  private final PlaybookDiagram diagram;
  private final PlaybookCatalogue catalogue;
  private final AuditTrail audit;
  private final PageSupport pages;
  private final IncidentQueries incidents;

  IncidentPage(IncidentProgress progress, PlaybookDiagram diagram, PlaybookCatalogue catalogue, AuditTrail audit, PageSupport pages,
      IncidentQueries incidents) {
    this.incidents = incidents;
    this.progress = progress;
    this.diagram = diagram;
    this.catalogue = catalogue;
    this.audit = audit;
    this.pages = pages;
  }

  /** The incident as the incident feature stored it, or null for a process started without it. */
  private IncidentView declared(String incidentId) {
    try {
      return incidents.get(incidentId);
    } catch (ProblemException notFound) {
      return null;
    }
  }

  @GET
  public Response show(@PathParam("incidentId") String incidentId) {
    List<Task> tasks = QuarkusTransaction.requiringNew().call(() -> Task.<Task>list("incidentId = ?1 order by createdAt, jobKey", incidentId));
    List<TaskView> views = QuarkusTransaction.requiringNew().call(() -> tasks.stream().map(t -> TaskView.of(t, false)).toList());
    Map<String, Map<String, PlaybookDiagram.StepState>> states = progress.states(tasks);
    List<Playbook> playbooks = states.entrySet().stream().map(e -> {
      String name = catalogue.processName(e.getKey());
      return new Playbook(e.getKey(), name, diagram.svg(e.getKey(), e.getValue(), name).orElse(""));
    }).toList();
    IncidentView declared = declared(incidentId);
    String tier = declared != null && declared.tier() != null ? declared.tier()
        : tasks.stream().map(t -> t.tier).filter(Objects::nonNull).findFirst().orElse(null);
    List<Entry> timeline = audit.forIncident(incidentId, 500).stream().map(Entry::of).toList();
    return pages.render(incident.data("incidentId", incidentId).data("tier", tier)
        .data("title", declared == null ? null : declared.title()).data("status", declared == null ? null : declared.status()).data("playbooks", playbooks)
        .data("openSteps", views.stream().filter(v -> "open".equals(v.status())).toList()).data("timeline", timeline));
  }
}
