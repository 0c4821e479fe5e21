package io.irplaybook.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * A value read from the database for gauges, reused for a while: a scrape reads many gauges of one
 * query, and they should come from one reading, not one query each.
 */
public final class CachedReading<T> {

  private final Supplier<T> read;
  private final Duration ttl;
  private final Clock clock;
  private T value;
  private Instant readAt;

  public CachedReading(Supplier<T> read, Duration ttl, Clock clock) {
    this.read = read;
    this.ttl = ttl;
    this.clock = clock;
  }

  public synchronized T get() {
    Instant now = clock.instant();
    if (readAt == null || !now.isBefore(readAt.plus(ttl))) {
      value = read.get();
      readAt = now;
    }
    return value;
  }
}
