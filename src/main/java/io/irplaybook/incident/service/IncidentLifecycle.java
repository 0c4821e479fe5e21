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

  IncidentLifecycle(AuditTrail audit, Clock clock) {
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Marks the incident CLOSED. A redelivered job finds it closed already and changes nothing, so
   * the worker may complete the job again; returns whether this call closed it.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean close(String incidentId, long jobKey, long processInstanceKey) {
    Incident i = incidentId == null ? null : Incident.findById(incidentId);
    if (i == null) {
      throw new IllegalStateException(
          "Expected the variable incidentId to name a stored incident, but it was '"
              + incidentId
              + "'");
    }
    int updated =
        Incident.update(
            "status = ?1, endedAt = ?2, processInstanceKey = ?3 where id = ?4 and status in ?5",
            IncidentStatus.CLOSED,
            now(),
            processInstanceKey,
            incidentId,
            RUNNING);
    if (updated == 1) {
      audit.append(
          AuditEvent.of(AuditEvent.system("incident"), "incident.closed", "incident", incidentId)
              .incident(incidentId)
              .processInstance(processInstanceKey)
              .job(jobKey)
              .build());
    }
    return updated == 1;
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
