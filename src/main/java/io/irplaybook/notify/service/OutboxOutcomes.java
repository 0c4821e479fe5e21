package io.irplaybook.notify.service;

import io.irplaybook.audit.AuditEvent;
import io.irplaybook.audit.AuditTrail;
import io.irplaybook.notify.ChannelState;
import io.irplaybook.notify.Notification;
import io.irplaybook.notify.config.NotifyConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Writes what one attempt did to its outbox row (and to the audit trail), each in its own
 * transaction.
 */
@ApplicationScoped
public class OutboxOutcomes {

  private static final Logger LOG = Logger.getLogger(OutboxOutcomes.class);

  @Inject NotifyConfig config;
  @Inject AuditTrail audit;
  @Inject Clock clock;
  @Inject OutboxMetrics metrics;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void record(String id, DeliveryResult result) {
    Notification n = Notification.findById(id);
    if (n == null || !Notification.SENDING.equals(n.status)) {
      return;
    }
    Instant now = clock.instant();
    metrics.attempted(result.outcome());
    n.attempts++;
    n.claimedUntil = null;
    n.lastError = result.outcome() == DeliveryResult.Outcome.DELIVERED ? null : result.detail();
    switch (result.outcome()) {
      case DELIVERED -> {
        n.status = Notification.DELIVERED;
        n.deliveredAt = now;
        LOG.infof(
            "Delivered notification %s via %s (incident %s, attempt %d)",
            n.id, n.channel, n.incidentId, n.attempts);
        append(n, "notification.delivered", AuditEvent.SUCCESS, result.detail());
      }
      case RETRY -> {
        if (n.attempts >= config.maxAttempts()) {
          deadLetter(n, result.detail());
        } else {
          Duration wait = backoff(n.attempts, result.retryAfter());
          n.status = Notification.PENDING;
          n.nextAttemptAt = now.plus(wait);
          LOG.infof(
              "Notification %s via %s failed (%s); attempt %d of %d in %s",
              n.id, n.channel, result.detail(), n.attempts, config.maxAttempts(), wait);
          append(n, "notification.attempt-failed", AuditEvent.FAILURE, result.detail());
        }
      }
      case FAILED -> deadLetter(n, result.detail());
      case GONE -> {
        disable(n.channel, result.detail(), now);
        deadLetter(n, result.detail());
      }
    }
  }

  /** Gives a claimed row back without using an attempt (the channel's rate limit). */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void postpone(String id, Instant until) {
    Notification n = Notification.findById(id);
    if (n != null && Notification.SENDING.equals(n.status)) {
      n.status = Notification.PENDING;
      n.claimedUntil = null;
      n.nextAttemptAt = until;
    }
  }

  /**
   * Exponential back-off after {@code attempts} failures, never shorter than what the receiver
   * asked for.
   */
  Duration backoff(int attempts, Duration retryAfter) {
    Duration max = config.backoffMax();
    Duration wait = config.backoffInitial().multipliedBy(1L << Math.min(attempts - 1, 30));
    if (wait.compareTo(max) > 0 || wait.isNegative()) {
      wait = max;
    }
    if (retryAfter != null && retryAfter.compareTo(wait) > 0) {
      wait = retryAfter.compareTo(max) > 0 ? max : retryAfter;
    }
    return wait;
  }

  private void deadLetter(Notification n, String reason) {
    n.status = Notification.DEAD;
    LOG.warnf(
        "Dead-lettered notification %s via %s (incident %s) after %d attempt(s): %s",
        n.id, n.channel, n.incidentId, n.attempts, reason);
    append(n, "notification.dead-lettered", AuditEvent.FAILURE, reason);
  }

  private void disable(String channel, String reason, Instant now) {
    ChannelState state = ChannelState.findById(channel);
    if (state == null) {
      state = new ChannelState();
      state.channel = channel;
      state.persist();
    }
    state.disabledAt = now;
    state.disabledReason = reason;
    LOG.warnf("Disabled notification channel %s: %s", channel, reason);
    audit.append(
        AuditEvent.of(
                AuditEvent.system("notify"), "notification.channel-disabled", "channel", channel)
            .result(AuditEvent.FAILURE)
            .detail("reason", reason)
            .build());
  }

  private void append(Notification n, String action, String result, String detail) {
    audit.append(
        AuditEvent.of(AuditEvent.system("notify"), action, "notification", n.id)
            .result(result)
            .incident(n.incidentId)
            .detail("channel", n.channel)
            .detail("attempt", n.attempts)
            .detail("detail", detail)
            .build());
  }
}
