package io.irplaybook.platform;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The service clock in tests: system time plus an offset a test advances, so back-off and rate
 * limits are tested without sleeping. It replaces the default Clock bean of the main code.
 */
@Singleton
public class TestClock extends Clock {

  private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);
  private final AtomicReference<Instant> frozen = new AtomicReference<>();

  /**
   * Stops time where it is, so a test about "within one second" does not depend on machine load.
   */
  public void freeze() {
    frozen.set(instant());
  }

  /** Lets time run again from where it stood (offset kept, so it never goes backwards). */
  public void thaw() {
    Instant at = frozen.getAndSet(null);
    if (at != null) {
      offset.set(Duration.between(Instant.now(), at));
    }
  }

  public void advance(Duration by) {
    offset.updateAndGet(o -> o.plus(by));
    frozen.updateAndGet(f -> f == null ? null : f.plus(by));
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    Instant at = frozen.get();
    return at != null ? at : Instant.now().plus(offset.get());
  }
}
