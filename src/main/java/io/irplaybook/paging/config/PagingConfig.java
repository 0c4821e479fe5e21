package io.irplaybook.paging.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Paging the on-call for overdue steps through PagerDuty channels of notify. */
@ConfigMapping(prefix = "irp.paging")
public interface PagingConfig {

  /**
   * The {@code pagerduty} notification channels an overdue step pages, comma-separated. Unset: no
   * paging.
   */
  Optional<List<String>> channels();

  /** The step phases (the task header {@code phase}) whose overdue steps page. */
  @WithDefault("contain")
  Set<String> phases();

  /** How often overdue steps are looked for, and paged steps checked for completion. */
  @WithDefault("1m")
  String checkInterval();
}
