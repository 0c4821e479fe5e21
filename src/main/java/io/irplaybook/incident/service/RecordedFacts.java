package io.irplaybook.incident.service;

import io.irplaybook.audit.AuditEvent;
import io.irplaybook.audit.AuditTrail;
import io.irplaybook.incident.Incident;
import io.irplaybook.incident.SeverityRaised;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
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
  private final Event<SeverityRaised> severityRaised;

  RecordedFacts(AuditTrail audit, Event<SeverityRaised> severityRaised) {
    this.audit = audit;
    this.severityRaised = severityRaised;
  }

  /** A value the process holds that the incident record cannot take. */
  public static final class UnrecordableException extends RuntimeException {
    UnrecordableException(String message) {
      super(message);
    }
  }

  /**
   * Records {@code severity} when it is above the stored one. Returns whether anything changed;
   * nothing does for an id no incident was declared for (a process started by hand, which has no
   * record to keep).
   *
   * @throws UnrecordableException for an unknown severity
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean raiseSeverity(String incidentId, Object severity, long processInstanceKey) {
    int rank = SEVERITY_ORDER.indexOf(severity instanceof String s ? s : "");
    if (rank < 0) {
      throw new UnrecordableException(
          "Expected the variable severity to be one of "
              + SEVERITY_ORDER
              + ", but it was '"
              + severity
              + "'");
    }
    Incident i = find(incidentId);
    if (i == null || rank <= SEVERITY_ORDER.indexOf(i.severity)) {
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
    severityRaised.fire(new SeverityRaised(i.id, before, i.severity));
    return true;
  }

  /**
   * Records a corrected {@code awareAt} (ISO-8601 instant). Returns whether anything changed;
   * nothing does for an id no incident was declared for.
   *
   * @throws UnrecordableException for a value that is not an instant
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean correctAwareness(String incidentId, Object awareAt, long processInstanceKey) {
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
    Incident i = find(incidentId);
    if (i == null || at.equals(i.awareAt)) {
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
    return incidentId == null ? null : Incident.findById(incidentId);
  }
}
