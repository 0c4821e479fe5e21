package io.irplaybook.incident.service;

import io.irplaybook.audit.AuditEvent;
import io.irplaybook.audit.AuditTrail;
import io.irplaybook.incident.Incident;
import io.irplaybook.incident.IncidentStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Ending an incident: closed by the process ({@code incident.close}) or cancelled by a person. */
@ApplicationScoped
public class IncidentLifecycle {

  private static final List<IncidentStatus> RUNNING =
      List.of(IncidentStatus.ACTIVE, IncidentStatus.STARTING);

  private final AuditTrail audit;
  private final Clock clock;

  private final IncidentMetrics metrics;

  IncidentLifecycle(AuditTrail audit, Clock clock, IncidentMetrics metrics) {
    this.audit = audit;
    this.clock = clock;
    this.metrics = metrics;
  }

  /** What {@link #close} did. */
  public enum CloseOutcome {
    /** This call closed the incident. */
    CLOSED,
    /** The incident had ended already (a redelivered job); nothing changed. */
    ENDED_ALREADY,
    /** The job runs in another process instance than the incident's; nothing changed. */
    NOT_ITS_PROCESS
  }

  /**
   * Marks the incident CLOSED when the job runs in the incident's own process instance (the one its
   * start recorded). A redelivered job finds it closed already and changes nothing, so the worker
   * may complete the job again. A job of any other process instance (an unrelated deployment, or a
   * process whose {@code incidentId} names another incident) leaves the incident as it is; the
   * refusal is audited.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public CloseOutcome close(String incidentId, long jobKey, long processInstanceKey) {
    Incident i = incidentId == null ? null : Incident.findById(incidentId);
    if (i == null) {
      throw new IllegalStateException(
          "Expected the variable incidentId to name a stored incident, but it was '"
              + incidentId
              + "'");
    }
    if (i.processInstanceKey == null || i.processInstanceKey != processInstanceKey) {
      audit.append(
          AuditEvent.of(
                  AuditEvent.system("incident"), "incident.close-refused", "incident", incidentId)
              .result(AuditEvent.FAILURE)
              .incident(incidentId)
              .processInstance(processInstanceKey)
              .job(jobKey)
              .detail("incidentProcessInstanceKey", i.processInstanceKey)
              .build());
      return CloseOutcome.NOT_ITS_PROCESS;
    }
    int updated =
        Incident.update(
            "status = ?1, endedAt = ?2 where id = ?3 and status in ?4 and processInstanceKey = ?5",
            IncidentStatus.CLOSED,
            now(),
            incidentId,
            RUNNING,
            processInstanceKey);
    if (updated == 0) {
      return CloseOutcome.ENDED_ALREADY;
    }
    audit.append(
        AuditEvent.of(AuditEvent.system("incident"), "incident.closed", "incident", incidentId)
            .incident(incidentId)
            .processInstance(processInstanceKey)
            .job(jobKey)
            .build());
    Incident closed = Incident.findById(incidentId);
    Incident.getEntityManager().refresh(closed);
    metrics.closed(closed);
    return CloseOutcome.CLOSED;
  }

  /**
   * Marks the incident CANCELLED if it is still in {@code expected}; false when it moved on
   * meanwhile (the caller reads it again and decides).
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean markCancelled(Incident seen, String reason, Requester by) {
    int updated =
        Incident.update(
            "status = ?1, endedAt = ?2, endReason = ?3 where id = ?4 and status = ?5",
            IncidentStatus.CANCELLED,
            now(),
            reason,
            seen.id,
            seen.status);
    if (updated == 1) {
      var event =
          AuditEvent.of(by.actor(), "incident.cancelled", "incident", seen.id)
              .sourceIp(by.sourceIp())
              .incident(seen.id)
              .detail("reason", reason)
              .detail("previousStatus", seen.status.name());
      if (seen.processInstanceKey != null) {
        event.processInstance(seen.processInstanceKey);
      }
      audit.append(event.build());
    }
    return updated == 1;
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
