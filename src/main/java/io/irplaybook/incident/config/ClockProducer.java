package io.irplaybook.incident.config;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The service clock (UTC). A default bean, so a test or another feature can supply its own clock
 * without an ambiguity.
 */
@ApplicationScoped
public class ClockProducer {

  @Produces
  @DefaultBean
  @Singleton
  Clock clock() {
    return Clock.systemUTC();
  }
}
