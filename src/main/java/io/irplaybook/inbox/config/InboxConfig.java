package io.irplaybook.inbox.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The responder inbox: how user-task jobs are held while people work on them, and overdue checks.
 */
@ConfigMapping(prefix = "irp.inbox")
public interface InboxConfig {

  /**
   * Open the user-task worker that turns jobs into tasks. Off only for tests and tools that
   * activate user-task jobs themselves (the inbox would otherwise hold every such job).
   */
  @WithDefault("true")
  boolean workerEnabled();

  /**
   * Activation timeout of a user-task job. The inbox refreshes it every {@link
   * #leaseRefreshInterval()}, so it only matters when the service is down: after it passes, the
   * engine hands the job out again and the restarted service re-attaches it to the same task.
   */
  @WithDefault("1h")
  Duration jobTimeout();

  /**
   * How often open tasks' jobs get a fresh timeout (UpdateJobTimeout). Keep it well below {@link
   * #jobTimeout()}. The scheduler reads {@code irp.inbox.lease-refresh-interval} directly.
   */
  @WithDefault("10m")
  Duration leaseRefreshInterval();

  /** How often open tasks are checked against their due dates. Read directly by the scheduler. */
  @WithDefault("1m")
  Duration overdueCheckInterval();

  /**
   * Notification channels (names from {@code irp.notify.channels.<name>}) that receive a notice for
   * every new task and an escalation for every overdue one. Empty (the default): the inbox sends
   * nothing.
   */
  Optional<List<String>> notifyChannels();

  /**
   * Extra channels per candidate group ({@code irp.inbox.group-channels.<group>=<channel>,...}): a
   * task offered to that group notifies these as well as {@link #notifyChannels()}. Empty by
   * default.
   */
  Map<String, List<String>> groupChannels();
}
