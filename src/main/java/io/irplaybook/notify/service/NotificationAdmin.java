package io.irplaybook.notify.service;

import io.irplaybook.audit.AuditEvent;
import io.irplaybook.audit.AuditTrail;
import io.irplaybook.notify.ChannelState;
import io.irplaybook.notify.Notification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What operators do with the outbox: list it and give a dead letter another round of attempts. */
@ApplicationScoped
public class NotificationAdmin {

  private final AuditTrail audit;
  private final Clock clock;

  NotificationAdmin(AuditTrail audit, Clock clock) {
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public List<Notification> list(String status, String incidentId, int limit) {
    StringBuilder query = new StringBuilder("1 = 1");
    Map<String, Object> params = new HashMap<>();
    if (status != null && !status.isBlank()) {
      query.append(" and status = :status");
      params.put("status", status.toUpperCase(Locale.ROOT));
    }
    if (incidentId != null && !incidentId.isBlank()) {
      query.append(" and incidentId = :incident");
      params.put("incident", incidentId);
    }
    query.append(" order by createdAt desc");
    return Notification.<Notification>find(query.toString(), params).page(0, limit).list();
  }

  /** Outcome of a retry request. */
  public enum RetryResult {
    RETRIED,
    NOT_FOUND,
    NOT_DEAD
  }

  /**
   * Puts a dead letter back in the queue with a fresh set of attempts, the same id (receivers keep
   * de-duplicating), and re-enables its channel if a 410 had disabled it: the operator says it is
   * fixed.
   */
  @Transactional
  public RetryResult retry(String id, String operator) {
    Notification n = Notification.findById(id);
    if (n == null) {
      return RetryResult.NOT_FOUND;
    }
    if (!Notification.DEAD.equals(n.status)) {
      return RetryResult.NOT_DEAD;
    }
    n.status = Notification.PENDING;
    n.attempts = 0;
    n.nextAttemptAt = clock.instant();
    n.claimedUntil = null;
    ChannelState state = ChannelState.findById(n.channel);
    if (state != null) {
      state.disabledAt = null;
      state.disabledReason = null;
    }
    audit.append(
        AuditEvent.of(operator, "notification.retried", "notification", n.id)
            .incident(n.incidentId)
            .detail("channel", n.channel)
            .build());
    return RetryResult.RETRIED;
  }
}
