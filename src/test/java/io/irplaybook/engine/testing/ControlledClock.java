package io.irplaybook.engine.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that only moves when a test moves it, so job deadlines and retry back-offs are reached by
 * {@link #advance(Duration)} instead of by waiting. Safe to read from the engine's threads while a
 * test advances it.
 */
public final class ControlledClock extends Clock {

  /** A Monday morning, far enough from any epoch edge that arithmetic on it is unremarkable. */
  public static final Instant DEFAULT_START = Instant.parse("2025-01-06T09:00:00Z");

  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  public ControlledClock() {
    this(DEFAULT_START);
  }

  public ControlledClock(Instant start) {
    this(new AtomicReference<>(Objects.requireNonNull(start, "start")), ZoneOffset.UTC);
  }

  private ControlledClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /** Moves time forward; a negative or zero duration is a test mistake and is refused. */
  public void advance(Duration duration) {
    Objects.requireNonNull(duration, "duration");
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(
          "Expected a positive duration to advance the clock by, but got " + duration);
    }
    now.updateAndGet(current -> current.plus(duration));
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  /** A view in another zone that shares this clock's time, so advancing one advances both. */
  @Override
  public Clock withZone(ZoneId otherZone) {
    return otherZone.equals(zone) ? this : new ControlledClock(now, otherZone);
  }

  @Override
  public String toString() {
    return "ControlledClock[" + now.get() + "]";
  }
}
