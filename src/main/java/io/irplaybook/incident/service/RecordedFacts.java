package io.irplaybook.incident.service;

import io.irplaybook.audit.AuditEvent;
import io.irplaybook.audit.AuditTrail;
import io.irplaybook.incident.Incident;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Copies what the playbook decided about an incident (a raised severity, a corrected awareness
 * time) onto the incident record, so that lists, pages and reports agree with the process. Each
 * change is audited with its old and new value; repeating it changes nothing.
 */
@ApplicationScoped
public class RecordedFacts {

  /** Lowest first: a severity is only ever raised, so a late, older job cannot lower it. */
  static final List<String> SEVERITY_ORDER = List.of("low", "medium", "high", "critical");

  private final AuditTrail audit;

  RecordedFacts(AuditTrail audit) {
    this.audit = audit;
  }

  /** A value the process holds that the incident record cannot take. */
  public static final class UnrecordableException extends RuntimeException {
    UnrecordableException(String message) {
      super(message);
    }
  }

  /**
   * Records {@code severity} when it is above the stored one. Returns whether anything changed.
   *
   * @throws UnrecordableException for an unknown incident or severity
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean raiseSeverity(String incidentId, Object severity, long processInstanceKey) {
    Incident i = find(incidentId);
    int rank = SEVERITY_ORDER.indexOf(severity instanceof String s ? s : "");
    if (rank < 0) {
      throw new UnrecordableException(
          "Expected the variable severity to be one of "
              + SEVERITY_ORDER
              + ", but it was '"
              + severity
              + "'");
    }
    if (rank <= SEVERITY_ORDER.indexOf(i.severity)) {
      return false;
    }
    String before = i.severity;
    i.severity = (String) severity;
    audit.append(
        AuditEvent.of(AuditEvent.system("incident"), "incident.severity-raised", "incident", i.id)
            .incident(i.id)
            .processInstance(processInstanceKey)
            .detail("from", before)
            .detail("to", i.severity)
            .build());
    return true;
  }

  /**
   * Records a corrected {@code awareAt} (ISO-8601 instant). Returns whether anything changed.
   *
   * @throws UnrecordableException for an unknown incident or a value that is not an instant
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean correctAwareness(String incidentId, Object awareAt, long processInstanceKey) {
    Incident i = find(incidentId);
    Instant at;
    try {
      at = Instant.parse(String.valueOf(awareAt)).truncatedTo(ChronoUnit.MICROS);
    } catch (DateTimeParseException e) {
      throw new UnrecordableException(
          "Expected the variable awareAt to be an ISO-8601 instant such as"
              + " 2026-12-01T09:30:00Z, but it was '"
              + awareAt
              + "'");
    }
    if (at.equals(i.awareAt)) {
      return false;
    }
    Instant before = i.awareAt;
    i.awareAt = at;
    var event =
        AuditEvent.of(
                AuditEvent.system("incident"), "incident.aware-at-corrected", "incident", i.id)
            .incident(i.id)
            .processInstance(processInstanceKey)
            .detail("to", at.toString());
    if (before != null) {
      event.detail("from", before.toString());
    }
    audit.append(event.build());
    return true;
  }

  private static Incident find(String incidentId) {
    Incident i = incidentId == null ? null : Incident.findById(incidentId);
    if (i == null) {
      throw new UnrecordableException(
          "Expected the variable incidentId to name a stored incident, but it was '"
              + incidentId
              + "'");
    }
    return i;
  }
}
