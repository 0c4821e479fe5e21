package io.irplaybook.workflow;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The service clock (UTC). A default bean, so a test, or a feature that needs a different clock,
 * replaces it by producing its own {@link Clock} without touching this class.
 */
@ApplicationScoped
public class ClockProducer {

  @Produces
  @DefaultBean
  @ApplicationScoped
  Clock clock() {
    return Clock.systemUTC();
  }
}
