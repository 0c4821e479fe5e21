package io.irplaybook.platform;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the service's own metrics (docs/operations.md#metrics) are read. */
@ConfigMapping(prefix = "irp.metrics")
public interface MetricsConfig {

  /**
   * How long a gauge read from the database (incidents by status, open steps, outbox depth) is
   * reused: several scrapers, or a scrape and a dashboard, then cost one query, not one each.
   */
  @WithDefault("10s")
  Duration cacheTtl();
}
