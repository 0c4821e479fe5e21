package io.irplaybook.web;

import io.irplaybook.comms.DraftViews.DraftSummary;
import io.irplaybook.inbox.StepSummary;
import io.irplaybook.incident.IncidentView;
import java.time.Instant;
import java.util.List;

/**
 * Everything the incident overview shows.
 *
 * @param incident the incident as declared, or null for a process started without a declaration
 * @param zone the time zone for absolute times (the organisation's)
 * @param timelineKind the timeline filter in force: {@code all}, {@code task}, {@code incident} or
 *     {@code comms}
 */
public record IncidentOverview(
    String incidentId,
    IncidentView incident,
    String tier,
    String zone,
    List<PhaseProgress> phases,
    List<StepSummary> openSteps,
    List<StepSummary> deadlines,
    List<DraftSummary> drafts,
    List<Playbook> playbooks,
    List<TimelineLine> timeline,
    String timelineKind) {

  /** How far one phase is: steps done and open (a phase with no steps yet shows 0 of 0). */
  public record PhaseProgress(String key, int done, int open) {
    public int total() {
      return done + open;
    }

    /** The progress bar's maximum: at least 1, so a phase without steps shows an empty bar. */
    public int max() {
      return Math.max(1, total());
    }
  }

  /**
   * One playbook of the incident with its drawing (SVG built by the playbook feature, names escaped
   * there).
   */
  /**
   * @param inferred the step states are inferred from the inbox's steps, not read from the engine's
   *     element history
   */
  public record Playbook(String bpmnProcessId, String name, String svg, boolean inferred) {}

  /**
   * One line of the timeline in words: who did what to which thing.
   *
   * @param actor a person's name, or null for the service itself
   * @param action the audit action (kept for filters, tests and the title attribute)
   * @param object what it was done to: a step's title, a draft's template, or null
   */
  public record TimelineLine(
      long seq, Instant time, String actor, String action, String object, boolean failed) {

    /** The audit action's family: {@code task}, {@code incident}, {@code comms}, ... */
    public String kind() {
      int dot = action.indexOf('.');
      return dot < 0 ? action : action.substring(0, dot);
    }
  }
}
