package io.irplaybook.alert.service;

import io.irplaybook.audit.AuditEvent;
import io.irplaybook.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;

/** The alert feature's audit records: received, repeated and refused alerts. */
@ApplicationScoped
public class AlertAudit {

  /** Who sent it: the caller's principal and address, the source and the delivery's id. */
  public record Delivery(String actor, String sourceIp, String source, String webhookId) {}

  private final AuditTrail audit;

  AlertAudit(AuditTrail audit) {
    this.audit = audit;
  }

  /** A refused request; its own transaction when the caller has none. */
  public void refused(Delivery d, int status, String reason) {
    audit.append(
        event(d, "alert.refused")
            .result(AuditEvent.DENIED)
            .detail("status", (long) status)
            .detail("reason", reason)
            .build());
  }

  public AuditEvent.Builder event(Delivery d, String action) {
    return AuditEvent.of(
            d.actor(),
            action,
            "alert",
            d.source() + "/" + (d.webhookId() == null ? "" : d.webhookId()))
        .sourceIp(d.sourceIp())
        .detail("source", d.source())
        // The audit trail keeps no nulls: a request without the header records an empty id.
        .detail("webhookId", d.webhookId() == null ? "" : d.webhookId());
  }

  public void append(AuditEvent.Builder event) {
    audit.append(event.build());
  }
}
