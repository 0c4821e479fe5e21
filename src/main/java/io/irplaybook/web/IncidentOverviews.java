package io.irplaybook.web;

import io.irplaybook.audit.AuditRecord;
import io.irplaybook.audit.AuditTrail;
import io.irplaybook.comms.CommsDrafts;
import io.irplaybook.inbox.Inbox;
import io.irplaybook.inbox.StepSummary;
import io.irplaybook.incident.IncidentView;
import io.irplaybook.incident.Incidents;
import io.irplaybook.playbook.ElementHistory;
import io.irplaybook.playbook.PlaybookCatalogue;
import io.irplaybook.playbook.PlaybookDiagram;
import io.irplaybook.playbook.PlaybookDiagram.StepState;
import io.irplaybook.web.IncidentOverview.PhaseProgress;
import io.irplaybook.web.IncidentOverview.Playbook;
import io.irplaybook.web.IncidentOverview.TimelineLine;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Gathers an incident's overview from the features that own its parts. */
@ApplicationScoped
public class IncidentOverviews {

  /** The timeline's filters; anything else shows everything. */
  static final Set<String> TIMELINE_KINDS = Set.of("task", "incident", "comms", "notify");

  /** The newest records the timeline reads; an incident's first days stay well below this. */
  private static final int TIMELINE_LIMIT = 500;

  private final Inbox inbox;
  private final Incidents incidents;
  private final PlaybookDiagram diagram;
  private final PlaybookCatalogue catalogue;
  private final AuditTrail audit;
  private final CommsDrafts drafts;
  private final ElementHistory history;

  IncidentOverviews(
      Inbox inbox,
      Incidents incidents,
      PlaybookDiagram diagram,
      PlaybookCatalogue catalogue,
      AuditTrail audit,
      CommsDrafts drafts,
      ElementHistory history) {
    this.history = history;
    this.inbox = inbox;
    this.incidents = incidents;
    this.diagram = diagram;
    this.catalogue = catalogue;
    this.audit = audit;
    this.drafts = drafts;
  }

  IncidentOverview of(String incidentId, String timelineKind, String language) {
    incidents.requireVisibleToCaller(incidentId); // need to know: 404 unless the caller may read it
    Inbox.IncidentSteps steps = inbox.incidentSteps(incidentId, language);
    List<StepSummary> all = inbox.stepsOf(incidentId);
    IncidentView declared = incidents.find(incidentId).orElse(null);
    String tier = declared != null && declared.tier() != null ? declared.tier() : steps.tier();
    List<Playbook> playbooks = playbooks(declared, steps.states());
    List<StepSummary> open = all.stream().filter(StepSummary::isOpen).toList();
    String kind =
        timelineKind != null && TIMELINE_KINDS.contains(timelineKind) ? timelineKind : "all";
    return new IncidentOverview(
        incidentId,
        declared,
        tier,
        declared == null ? "UTC" : declared.timeZone(),
        phases(all),
        open,
        open.stream().filter(IncidentOverviews::isRegulatorDeadline).toList(),
        drafts.forIncident(incidentId),
        playbooks,
        timeline(incidentId, all, kind),
        kind);
  }

  /**
   * One diagram per process the incident ran, coloured from the engine's element history; a process
   * the engine no longer has history for (finished before a restart of the embedded engine) falls
   * back to the states inferred from the inbox's steps, and says so.
   */
  private List<Playbook> playbooks(
      IncidentView declared, Map<String, Map<String, StepState>> inferred) {
    Map<String, Map<String, StepState>> recorded =
        declared == null || declared.processInstanceKey() == null
            ? Map.of()
            : history.states(declared.processInstanceKey()).orElse(Map.of());
    Map<String, Boolean> processes = new java.util.LinkedHashMap<>();
    recorded.keySet().forEach(id -> processes.put(id, false));
    inferred.keySet().forEach(id -> processes.putIfAbsent(id, true));
    return processes.entrySet().stream()
        .map(
            e -> {
              String id = e.getKey();
              boolean guessed = e.getValue();
              String name = catalogue.processName(id);
              var states = guessed ? inferred.get(id) : recorded.get(id);
              return new Playbook(id, name, diagram.svg(id, states, name).orElse(""), guessed);
            })
        .toList();
  }

  /** Every phase in order, with the steps done and open in it. */
  static List<PhaseProgress> phases(List<StepSummary> steps) {
    Map<Phase, List<StepSummary>> byPhase =
        steps.stream()
            .filter(s -> !"stale".equals(s.status()))
            .collect(Collectors.groupingBy(s -> StepPhases.of(s.phase(), s.elementId())));
    return Arrays.stream(Phase.values())
        .map(
            phase -> {
              List<StepSummary> in = byPhase.getOrDefault(phase, List.of());
              int open = (int) in.stream().filter(StepSummary::isOpen).count();
              return new PhaseProgress(phase.key(), in.size() - open, open);
            })
        .toList();
  }

  /** A regulator's clock: the filing step of a regulatory obligation, with its due time. */
  static boolean isRegulatorDeadline(StepSummary step) {
    return step.dueAt() != null && "regulatory-obligation".equals(step.bpmnProcessId());
  }

  private List<TimelineLine> timeline(String incidentId, List<StepSummary> steps, String kind) {
    Map<String, String> titles =
        steps.stream()
            .collect(Collectors.toMap(s -> Long.toString(s.id()), StepSummary::title, (a, b) -> a));
    return audit.forIncident(incidentId, TIMELINE_LIMIT).stream()
        .map(r -> line(r, titles::get))
        .filter(l -> "all".equals(kind) || kind.equals(l.kind()))
        .toList();
  }

  static TimelineLine line(AuditRecord r, Function<String, String> taskTitle) {
    var e = r.event();
    String actor = e.actor() == null || e.actor().startsWith("system:") ? null : e.actor();
    String object =
        switch (e.objectType() == null ? "" : e.objectType()) {
          case "task" -> taskTitle.apply(e.objectId());
          case "draft" -> draftName(e.details());
          default -> null;
        };
    return new TimelineLine(
        r.seq(), r.time(), actor, e.action(), object, !"success".equals(e.result()));
  }

  private static String draftName(Map<String, Object> details) {
    Object template = details.get("template");
    Object version = details.get("version");
    if (template == null) {
      return null;
    }
    return version == null ? template.toString() : template + " v" + version;
  }
}
