package io.irplaybook.security.service;

import io.irplaybook.audit.AuditEvent;
import io.irplaybook.audit.AuditTrail;
import io.irplaybook.platform.ServiceConfig;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Records sign-ins in the audit trail, in a transaction of their own (no request transaction exists
 * yet). A successful form sign-in is one record; failed attempts are recorded in aggregate from
 * {@link SignInThrottle}'s ended windows, so guessing passwords cannot flood the hash chain: one
 * record per source address and window ({@code auth.sign-in-failed}, or {@code
 * auth.sign-in-throttled} once attempts were refused), and one per user name whose attempts were
 * refused.
 */
@ApplicationScoped
public class SignInAudit {

  private final AuditTrail audit;
  private final SignInThrottle throttle;
  private final ServiceConfig service;

  SignInAudit(AuditTrail audit, SignInThrottle throttle, ServiceConfig service) {
    this.audit = audit;
    this.throttle = throttle;
    this.service = service;
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void succeeded(String username, String method, String sourceIp) {
    audit.append(
        AuditEvent.of(username, "auth.sign-in", "user", username)
            .sourceIp(sourceIp)
            .detail("method", method)
            .build());
  }

  @Scheduled(
      every = "${irp.security.throttle.audit-interval:1m}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  void scheduled() {
    if (service.enabled()) {
      recordEndedWindows();
    }
  }

  /** Appends one record per ended window worth recording; answers how many were appended. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int recordEndedWindows() {
    int appended = 0;
    for (SignInThrottle.Ended window : throttle.collectEnded()) {
      boolean address = window.kind() == SignInThrottle.Kind.ADDRESS;
      if (!address && window.refused() == 0) {
        continue; // the address records name the user; a user record marks a refusal only
      }
      AuditEvent.Builder event =
          AuditEvent.of(
                  "anonymous",
                  window.refused() > 0 ? "auth.sign-in-throttled" : "auth.sign-in-failed",
                  address ? "source-address" : "user",
                  window.value())
              .result(window.refused() > 0 ? AuditEvent.DENIED : AuditEvent.FAILURE)
              .detail("failures", window.failures())
              .detail("refused", window.refused())
              .detail("windowStart", window.start().toString())
              .detail("windowEnd", window.end().toString());
      if (address) {
        event
            .sourceIp(window.value())
            .detail("usernames", window.names())
            .detail("methods", window.methods());
      }
      audit.append(event.build());
      appended++;
    }
    return appended;
  }
}
