package io.irplaybook.alert.service;

import io.irplaybook.alert.AlertFingerprint;
import io.irplaybook.alert.AlertReceipt;
import io.irplaybook.alert.config.AlertConfig;
import io.irplaybook.alert.service.AlertAudit.Delivery;
import io.irplaybook.alert.service.AlertDeclarations.Mapped;
import io.irplaybook.alert.service.AlertIntake.Accepted;
import io.irplaybook.incident.Declared;
import io.irplaybook.incident.IncidentStatus;
import io.irplaybook.incident.IncidentView;
import io.irplaybook.incident.Incidents;
import io.irplaybook.platform.Problem;
import io.irplaybook.platform.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;

/**
 * Declares an incident for an alert, unless the same fingerprint declared one within the window
 * that is still open: then the alert is attached to that incident's timeline ({@code
 * alert.repeated}). The fingerprint's row is locked while this decides, so copies arriving together
 * declare once.
 */
@ApplicationScoped
public class AlertDeduplication {

  private static final Set<String> ENDED =
      Set.of(IncidentStatus.CLOSED.name(), IncidentStatus.CANCELLED.name());

  private final Incidents incidents;
  private final AlertAudit audit;
  private final AlertConfig config;
  private final Clock clock;

  AlertDeduplication(Incidents incidents, AlertAudit audit, AlertConfig config, Clock clock) {
    this.incidents = incidents;
    this.audit = audit;
    this.config = config;
    this.clock = clock;
  }

  public Accepted declareOrRepeat(Delivery delivery, Mapped alert) {
    ensureRow(delivery.source(), alert);
    return QuarkusTransaction.requiringNew().call(() -> decide(delivery, alert));
  }

  private Accepted decide(Delivery delivery, Mapped alert) {
    AlertFingerprint row =
        AlertFingerprint.findById(alert.fingerprint(), LockModeType.PESSIMISTIC_WRITE);
    Instant now = clock.instant();
    row.lastSeenAt = now;
    AlertReceipt receipt =
        AlertReceipt.findById(new AlertReceipt.Key(delivery.source(), delivery.webhookId()));
    receipt.fingerprint = alert.fingerprint();
    if (open(row, now)) {
      row.repeats++;
      receipt.incidentId = row.incidentId;
      receipt.repeated = true;
      audit.append(
          audit
              .event(delivery, "alert.repeated")
              .incident(row.incidentId)
              .detail("rule", alert.rule())
              .detail("fingerprint", alert.fingerprint())
              .detail("repeats", (long) row.repeats));
      return new Accepted(row.incidentId, false, alert.fingerprint());
    }
    // No audit record in this transaction before declaring: the declaration appends in its own
    // transaction, and the chain lock would otherwise be held here.
    Declared declared = incidents.declare(alert.body(), delivery.actor(), delivery.sourceIp());
    if (!declared.accepted()) {
      throw new ProblemException(
          Problem.UNPROCESSABLE,
          "Alert cannot be declared",
          "The alert maps to a declaration the incident intake refuses; fix the source's"
              + " configuration (see errors).",
          declared.errors());
    }
    row.incidentId = declared.incidentId();
    row.declaredAt = now;
    row.repeats = 0;
    receipt.incidentId = declared.incidentId();
    receipt.repeated = false;
    audit.append(
        audit
            .event(delivery, "alert.received")
            .incident(declared.incidentId())
            .detail("rule", alert.rule())
            .detail("organization", alert.organization())
            .detail("fingerprint", alert.fingerprint()));
    return new Accepted(declared.incidentId(), true, alert.fingerprint());
  }

  private boolean open(AlertFingerprint row, Instant now) {
    if (row.incidentId == null
        || row.declaredAt == null
        || !now.isBefore(row.declaredAt.plus(config.dedupWindow()))) {
      return false;
    }
    return incidents
        .find(row.incidentId)
        .map(IncidentView::status)
        .filter(status -> !ENDED.contains(status))
        .isPresent();
  }

  /** Creates the fingerprint's row once; a concurrent creator's row is just as good. */
  private void ensureRow(String source, Mapped alert) {
    try {
      QuarkusTransaction.requiringNew()
          .run(
              () -> {
                if (AlertFingerprint.findById(alert.fingerprint()) == null) {
                  AlertFingerprint row = new AlertFingerprint();
                  row.fingerprint = alert.fingerprint();
                  row.source = source;
                  row.ruleName =
                      alert.rule().length() > 500 ? alert.rule().substring(0, 500) : alert.rule();
                  row.repeats = 0;
                  row.lastSeenAt = clock.instant();
                  row.persist();
                }
              });
    } catch (RuntimeException e) {
      if (QuarkusTransaction.requiringNew()
          .call(() -> AlertFingerprint.findById(alert.fingerprint()) == null)) {
        throw e;
      }
    }
  }
}
