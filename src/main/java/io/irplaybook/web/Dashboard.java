package io.irplaybook.web;

import io.irplaybook.inbox.StepSummary;
import io.irplaybook.incident.IncidentView;
import java.time.Duration;
import java.util.List;

/**
 * What the commander dashboard shows.
 *
 * @param days the period the figures cover, counted back from now
 * @param byTierAndPhase active incidents counted by tier (rows) and current phase (columns)
 * @param chart the figures per tier as an SVG bar chart (built by {@link BarChart}, text escaped)
 */
public record Dashboard(
    int days,
    List<ActiveIncident> active,
    List<TierRow> byTierAndPhase,
    List<String> phases,
    List<StepSummary> overdue,
    List<StepSummary> deadlines,
    List<TierFigures> figures,
    String chart) {

  /** An incident still running, with the phase its earliest open step is in. */
  public record ActiveIncident(IncidentView incident, String phase, int openSteps, int overdue) {}

  /** One tier's row of the tier-by-phase table: counts in {@link Dashboard#phases()} order. */
  public record TierRow(String tier, List<Integer> counts) {}

  /**
   * One tier's figures over the period; a null duration means no incident of the tier got there.
   *
   * @param incidents incidents of this tier declared in the period
   * @param timeToFirstAction mean time from declaration to the first completed step (MTTA)
   * @param timeToContain mean time from declaration to the last containment step completed, over
   *     incidents whose containment steps are all done
   * @param timeToClose mean time from declaration to closing (MTTR), over closed incidents
   */
  public record TierFigures(
      String tier,
      int incidents,
      Duration timeToFirstAction,
      Duration timeToContain,
      Duration timeToClose) {}
}
