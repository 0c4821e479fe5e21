package io.irplaybook.inbox.service;

import io.irplaybook.audit.AuditEvent;
import io.irplaybook.inbox.Task;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one place an overdue task raises its escalation. Today it is recorded in the audit trail
 * ({@code task.overdue}). When the notify feature lands, this is where
 * {@code Notifications.enqueue(channel, message)} goes: one message to the task's candidate groups
 * (or holder), naming the task, its incident and its due date, in the same transaction.
 */
@ApplicationScoped
public class OverdueEscalation {

  private final TaskAudit audit;

  OverdueEscalation(TaskAudit audit) {
    this.audit = audit;
  }

  void escalate(Task task) {
    audit.append(audit.event(AuditEvent.system("inbox"), null, "task.overdue", task)
        .detail("dueAt", task.dueAt.toString())
        .detail("assignee", task.assignee == null ? "" : task.assignee)
        .detail("candidateGroups", task.candidateGroupList()));
    // Notifications.enqueue(channel, message) goes here once the notify feature exists.
  }
}
