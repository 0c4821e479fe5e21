package io.irplaybook.paging.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Paging the on-call (overdue steps, severity raised to critical) through PagerDuty channels of
 * notify, and reading PagerDuty's acknowledgements back through its V3 webhooks.
 */
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

  /**
   * The signing secrets of PagerDuty V3 webhook subscriptions allowed to post to {@code POST
   * /api/pagerduty/webhooks}, comma-separated during a rotation. Unset: the endpoint answers 404.
   */
  Optional<List<String>> webhookSecrets();

  /** PagerDuty webhook requests accepted per minute and replica; more are answered 429. */
  @WithDefault("120")
  int webhookRateLimit();
}
