package io.irplaybook.security.service;

import io.irplaybook.audit.AuditEvent;
import io.irplaybook.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Records sign-ins in the audit trail, in a transaction of their own (no request transaction exists
 * yet).
 */
@ApplicationScoped
public class SignInAudit {

  private final AuditTrail audit;

  SignInAudit(AuditTrail audit) {
    this.audit = audit;
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void succeeded(String username, String method, String sourceIp) {
    audit.append(
        AuditEvent.of(username, "auth.sign-in", "user", username)
            .sourceIp(sourceIp)
            .detail("method", method)
            .build());
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void failed(String username, String method) {
    audit.append(
        AuditEvent.of(
                username == null || username.isBlank() ? "anonymous" : username,
                "auth.sign-in",
                "user",
                username)
            .result(AuditEvent.FAILURE)
            .detail("method", method)
            .build());
  }
}
