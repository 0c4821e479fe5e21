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

  static StepSummary of(Task t) {
    return new StepSummary(
        t.jobKey,
        t.incidentId,
        t.bpmnProcessId,
        t.elementId,
        t.phase,
        t.title,
        t.status.name().toLowerCase(Locale.ROOT),
        t.assignee,
        t.candidateGroupList(),
        t.createdAt,
        t.dueAt,
        t.overdueAt != null,
        t.completedAt,
        t.completedBy);
  }

  public boolean isOpen() {
    return "open".equals(status);
  }
}
