package io.irplaybook.platform;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code limit} requests per key in each fixed one-minute window, counted per replica in
 * memory, so an inbound integration stuck in a loop (a SIEM, Slack, PagerDuty) cannot flood the
 * audit trail or the engine. Each integration keys its counts with its own prefix.
 */
@ApplicationScoped
public class MinuteRateLimiter {

  private record Window(long minute, int count) {}

  private final Map<String, Window> windows = new ConcurrentHashMap<>();
  private final Clock clock;

  MinuteRateLimiter(Clock clock) {
    this.clock = clock;
  }

  /**
   * Counts the request; empty when it is within the limit, else the seconds until the window ends
   * (negative when this is not the first refusal of the window, so only the first is audited).
   */
  public OptionalLong acquire(String key, int limit) {
    Instant now = clock.instant();
    long minute = now.getEpochSecond() / 60;
    Window w =
        windows.merge(
            key,
            new Window(minute, 1),
            (old, fresh) -> old.minute() == minute ? new Window(minute, old.count() + 1) : fresh);
    if (w.count() <= limit) {
      return OptionalLong.empty();
    }
    long wait = Math.max(1, (minute + 1) * 60 - now.getEpochSecond());
    return OptionalLong.of(w.count() == limit + 1 ? wait : -wait);
  }
}
