package io.irplaybook.web;

import io.irplaybook.inbox.StepSummary;
import io.irplaybook.incident.IncidentView;
import io.irplaybook.web.Dashboard.ActiveIncident;
import io.irplaybook.web.Dashboard.TierFigures;
import io.irplaybook.web.Dashboard.TierRow;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Computes the dashboard from incidents and their open steps; no I/O, so tests feed it directly.
 */
final class DashboardFigures {

  static final List<String> TIERS = List.of("small", "mid", "large");
  private static final List<String> RUNNING = List.of("PENDING_START", "STARTING", "ACTIVE");

  private DashboardFigures() {}

  /**
   * @param series the chart's names for the three figures
   * @param chartTitle the chart's accessible name
   */
  static Dashboard of(
      List<IncidentView> incidents,
      List<StepSummary> steps,
      Instant since,
      int days,
      List<String> series,
      String chartTitle) {
    Map<String, List<StepSummary>> stepsByIncident =
        steps.stream().collect(Collectors.groupingBy(StepSummary::incidentId));
    List<ActiveIncident> active =
        incidents.stream()
            .filter(i -> RUNNING.contains(i.status()))
            .map(i -> active(i, stepsByIncident.getOrDefault(i.id(), List.of())))
            .sorted(
                Comparator.comparingInt(ActiveIncident::overdue)
                    .reversed()
                    .thenComparing(a -> a.incident().declaredAt(), Comparator.reverseOrder()))
            .toList();
    List<String> phases = Arrays.stream(Phase.values()).map(Phase::key).toList();
    List<TierRow> rows =
        TIERS.stream()
            .map(
                tier ->
                    new TierRow(
                        tier,
                        phases.stream()
                            .map(
                                phase ->
                                    (int)
                                        active.stream()
                                            .filter(a -> tier.equals(a.incident().tier()))
                                            .filter(a -> phase.equals(a.phase()))
                                            .count())
                            .toList()))
            .toList();
    List<StepSummary> overdue =
        steps.stream()
            .filter(s -> s.isOpen() && s.overdue())
            .sorted(
                Comparator.comparing(
                    StepSummary::dueAt, Comparator.nullsLast(Comparator.naturalOrder())))
            .toList();
    List<StepSummary> deadlines =
        steps.stream()
            .filter(StepSummary::isOpen)
            .filter(IncidentOverviews::isRegulatorDeadline)
            .sorted(Comparator.comparing(StepSummary::dueAt))
            .toList();
    List<IncidentView> inPeriod =
        incidents.stream()
            .filter(i -> i.declaredAt() != null && !i.declaredAt().isBefore(since))
            .toList();
    List<TierFigures> figures = TIERS.stream().map(tier -> figures(tier, inPeriod)).toList();
    return new Dashboard(
        days,
        active,
        rows,
        phases,
        overdue,
        deadlines,
        figures,
        BarChart.of(figures, series, chartTitle));
  }

  private static ActiveIncident active(IncidentView incident, List<StepSummary> steps) {
    List<StepSummary> open = steps.stream().filter(StepSummary::isOpen).toList();
    String phase =
        open.stream()
            .map(s -> StepPhases.of(s.phase(), s.elementId()))
            .min(Comparator.naturalOrder())
            .map(Phase::key)
            .orElse(null);
    int overdue = (int) open.stream().filter(StepSummary::overdue).count();
    return new ActiveIncident(incident, phase, open.size(), overdue);
  }

  /**
   * A tier's mean times over the period. First action and containment are the incident's own
   * milestones (set once, when a responder first acts and when every containment step is first
   * done), the same the service's MTTA and MTTC histograms count, so page and metrics agree.
   */
  private static TierFigures figures(String tier, List<IncidentView> incidents) {
    List<IncidentView> ofTier = incidents.stream().filter(i -> tier.equals(i.tier())).toList();
    return new TierFigures(
        tier,
        ofTier.size(),
        mean(ofTier.stream().map(i -> since(i, i.firstActionAt()))),
        mean(ofTier.stream().map(i -> since(i, i.containedAt()))),
        mean(
            ofTier.stream()
                .filter(i -> "CLOSED".equals(i.status()))
                .map(i -> since(i, i.endedAt()))));
  }

  private static Duration since(IncidentView incident, Instant milestone) {
    return milestone == null || incident.declaredAt() == null
        ? null
        : Duration.between(incident.declaredAt(), milestone);
  }

  private static Duration mean(java.util.stream.Stream<Duration> durations) {
    List<Duration> known = durations.filter(Objects::nonNull).toList();
    if (known.isEmpty()) {
      return null;
    }
    return known.stream().reduce(Duration.ZERO, Duration::plus).dividedBy(known.size());
  }
}
