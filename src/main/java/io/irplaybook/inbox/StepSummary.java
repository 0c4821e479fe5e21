package io.irplaybook.inbox;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A human step without its checklist, comments or evidence: what overviews and the dashboard need
 * for many steps at once (one query, where {@link TaskView} would read each checklist). {@code
 * phase} is the step's {@code phase} header, null on tasks created before it existed.
 */
public record StepSummary(
    long id,
    String incidentId,
    String bpmnProcessId,
    String elementId,
    String phase,
    String title,
    String status,
    String assignee,
    List<String> candidateGroups,
    Instant createdAt,
    Instant dueAt,
    boolean overdue,
    Instant completedAt,
    String completedBy) {

  /**
   * The columns {@link #of(Object[])} reads, for queries that skip loading whole tasks (their
   * documentation and variables are most of a row, and the dashboard reads every open step).
   */
  static final String COLUMNS =
      "select t.jobKey, t.incidentId, t.bpmnProcessId, t.elementId, t.phase, t.title, t.status,"
          + " t.assignee, t.candidateGroups, t.createdAt, t.dueAt, t.overdueAt, t.completedAt,"
          + " t.completedBy from Task t ";

  /** A row of {@link #COLUMNS}. */
  static StepSummary of(Object[] row) {
    return new StepSummary(
        (Long) row[0],
        (String) row[1],
        (String) row[2],
        (String) row[3],
        (String) row[4],
        (String) row[5],
        ((TaskStatus) row[6]).name().toLowerCase(Locale.ROOT),
        (String) row[7],
        Task.split((String) row[8]),
        (Instant) row[9],
        (Instant) row[10],
        row[11] != null,
        (Instant) row[12],
        (String) row[13]);
  }

  public boolean isOpen() {
    return "open".equals(status);
  }
}
