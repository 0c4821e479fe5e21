package io.irplaybook.notify.service;

import io.irplaybook.notify.config.NotifyConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most one message per {@code irp.notify.slack-interval} per Slack webhook, as Slack asks. The
 * limit is kept per service replica (in memory); several replicas may together send a little
 * faster, and Slack's 429 with Retry-After then slows them down through the normal retry.
 */
@ApplicationScoped
public class SlackRateLimiter {

  private final Map<String, Instant> nextAllowed = new ConcurrentHashMap<>();
  private final NotifyConfig config;
  private final Clock clock;

  SlackRateLimiter(NotifyConfig config, Clock clock) {
    this.config = config;
    this.clock = clock;
  }

  /** Takes the channel's slot and returns empty, or returns when the next slot opens. */
  public Optional<Instant> acquire(String channel) {
    return acquire(channel, config.slackInterval());
  }

  /** As {@link #acquire(String)}, with the channel type's own interval (Teams has its own). */
  public Optional<Instant> acquire(String channel, Duration interval) {
    Instant now = clock.instant();
    Instant[] wait = new Instant[1];
    nextAllowed.compute(
        channel,
        (name, next) -> {
          if (next != null && now.isBefore(next)) {
            wait[0] = next;
            return next;
          }
          return now.plus(interval);
        });
    return Optional.ofNullable(wait[0]);
  }
}
