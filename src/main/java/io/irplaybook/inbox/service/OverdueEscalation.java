package io.irplaybook.inbox.service;

import io.irplaybook.audit.AuditEvent;
import io.irplaybook.inbox.Task;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one place an overdue task raises its escalation: the audit event {@code task.overdue} and one
 * notice per configured channel ({@link TaskNotices}), both in the overdue check's transaction.
 */
@ApplicationScoped
public class OverdueEscalation {

  private final TaskAudit audit;
  private final TaskNotices notices;

  OverdueEscalation(TaskAudit audit, TaskNotices notices) {
    this.audit = audit;
    this.notices = notices;
  }

  void escalate(Task task) {
    audit.append(
        audit
            .event(AuditEvent.system("inbox"), null, "task.overdue", task)
            .detail("dueAt", task.dueAt.toString())
            .detail("assignee", task.assignee == null ? "" : task.assignee)
            .detail("candidateGroups", task.candidateGroupList()));
    notices.taskOverdue(task);
  }
}
