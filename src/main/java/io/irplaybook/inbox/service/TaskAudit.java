package io.irplaybook.inbox.service;

import io.irplaybook.audit.AuditEvent;
import io.irplaybook.audit.AuditTrail;
import io.irplaybook.inbox.Task;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Reports task actions to the audit trail, always with the task's incident, instance and key (as
 * jobKey).
 */
@ApplicationScoped
public class TaskAudit {

  private final AuditTrail audit;

  TaskAudit(AuditTrail audit) {
    this.audit = audit;
  }

  /** Starts an event about the task; the caller adds details and calls {@link #append}. */
  public AuditEvent.Builder event(String actor, String sourceIp, String action, Task task) {
    return AuditEvent.of(actor, action, "task", String.valueOf(task.jobKey))
        .sourceIp(sourceIp)
        .incident(task.incidentId)
        .processInstance(task.processInstanceKey)
        .job(task.jobKey)
        .detail("elementId", task.elementId)
        .detail("bpmnProcessId", task.bpmnProcessId);
  }

  public void append(AuditEvent.Builder event) {
    audit.append(event.build());
  }
}
