package io.irplaybook.audit.config;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The service clock (UTC). A default bean, so a test or another feature that produces its own
 * {@link Clock} replaces this one instead of making the injection ambiguous.
 */
@Singleton
public class ClockProducer {

  @Produces
  @Singleton
  @DefaultBean
  Clock clock() {
    return Clock.systemUTC();
  }
}
