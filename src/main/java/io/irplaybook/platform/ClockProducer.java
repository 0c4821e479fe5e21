package io.irplaybook.platform;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The one service clock (UTC) every feature injects. A default bean, so a test that declares its
 * own {@link Clock} bean replaces it, and back-off can be tested by advancing time instead of
 * sleeping.
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
