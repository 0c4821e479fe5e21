package io.irplaybook.notify.config;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The service clock (UTC). A default bean, so a test (or another feature) that declares its own
 * {@link Clock} bean replaces it, and back-off can be tested by advancing time instead of sleeping.
 */
@ApplicationScoped
public class ClockProducer {

  @Produces
  @Singleton
  @DefaultBean
  Clock clock() {
    return Clock.systemUTC();
  }
}
