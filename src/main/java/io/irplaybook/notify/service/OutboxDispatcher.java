package io.irplaybook.notify.service;

import io.irplaybook.notify.ChannelState;
import io.irplaybook.notify.Notification;
import io.irplaybook.notify.config.NotifyConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Delivers due outbox rows. A pass claims a batch in one short transaction ({@code FOR UPDATE SKIP
 * LOCKED}, so several replicas never take the same row), sends outside any transaction, then
 * records each outcome in its own transaction. A claim expires: if this process dies mid-send,
 * another pass delivers the row later with the same id (so a receiver can de-duplicate on {@code
 * webhook-id}).
 */
@ApplicationScoped
public class OutboxDispatcher {

  private final NotifyConfig config;
  private final ChannelSenders senders;
  private final OutboxOutcomes outcomes;
  private final SlackRateLimiter slackLimiter;
  private final Clock clock;

  OutboxDispatcher(
      NotifyConfig config,
      ChannelSenders senders,
      OutboxOutcomes outcomes,
      SlackRateLimiter slackLimiter,
      Clock clock) {
    this.config = config;
    this.senders = senders;
    this.outcomes = outcomes;
    this.slackLimiter = slackLimiter;
    this.clock = clock;
  }

  /** One pass: delivers (or reschedules) every row due now; returns how many were attempted. */
  public int dispatchDue() {
    List<Notification> claimed = QuarkusTransaction.requiringNew().call(this::claim);
    int attempted = 0;
    for (Notification n : claimed) {
      Optional<String> disabledReason = disabled(n.channel);
      if (disabledReason.isPresent()) {
        outcomes.record(
            n.id,
            DeliveryResult.failed(
                "channel '" + n.channel + "' is disabled: " + disabledReason.get()));
        continue;
      }
      Optional<Duration> pace = pace(n.channel);
      if (pace.isPresent()) {
        Optional<Instant> wait = slackLimiter.acquire(n.channel, pace.get());
        if (wait.isPresent()) {
          outcomes.postpone(n.id, wait.get());
          continue;
        }
      }
      outcomes.record(n.id, senders.send(n));
      attempted++;
    }
    return attempted;
  }

  /** Claims due rows; exposed for the crash test, which claims and then "dies" before sending. */
  public List<Notification> claim() {
    Instant now = clock.instant();
    @SuppressWarnings("unchecked")
    List<String> ids =
        Notification.getEntityManager()
            .createNativeQuery(
                "select id from notify_outbox"
                    + " where (status = 'PENDING' and next_attempt_at <= :now)"
                    + " or (status = 'SENDING' and claimed_until <= :now)"
                    + " order by next_attempt_at limit "
                    + config.batchSize()
                    + " for update skip locked")
            .setParameter("now", now)
            .getResultList();
    List<Notification> claimed = new ArrayList<>();
    for (String id : ids) {
      Notification n = Notification.findById(id);
      n.status = Notification.SENDING;
      n.claimedUntil = now.plus(config.claimTimeout());
      claimed.add(n);
    }
    return claimed;
  }

  private Optional<String> disabled(String channel) {
    return QuarkusTransaction.joiningExisting()
        .call(
            () -> {
              ChannelState state = ChannelState.findById(channel);
              return state != null && state.disabled()
                  ? Optional.of(state.disabledReason)
                  : Optional.<String>empty();
            });
  }

  /** The least time between two messages, for the chat channels that ask for one. */
  private Optional<Duration> pace(String channel) {
    NotifyConfig.Channel c = config.channels().get(channel);
    if (c == null) {
      return Optional.empty();
    }
    return switch (c.type()) {
      case SLACK -> Optional.of(config.slackInterval());
      case TEAMS -> Optional.of(config.teamsInterval());
      default -> Optional.empty();
    };
  }
}
