package io.irplaybook.inbox.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The responder inbox: how it learns of Camunda user tasks from the engine, and overdue checks. */
@ConfigMapping(prefix = "irp.inbox")
public interface InboxConfig {

  /**
   * Search the engine for user tasks and record them as tasks. Off only for tests and tools that
   * must see the engine's user tasks untouched by the inbox.
   */
  @WithDefault("true")
  boolean pollEnabled();

  /**
   * How often the inbox searches the engine's open user tasks: a new step appears in the inbox
   * within this time, and a completion the engine did not take yet is sent again. Read directly by
   * the scheduler ({@code irp.inbox.poll-interval}).
   */
  @WithDefault("1s")
  Duration pollInterval();

  /** Open user tasks read per search request; a round reads as many pages as there are. */
  @WithDefault("200")
  int pollPageSize();

  /**
   * How often a round reads every open user task instead of only the recently created ones: it
   * finds tasks the engine ended (cancelled with their scope, completed in Tasklist) and any task a
   * shorter round missed. Between these rounds the poll reads only tasks created in the last
   * minute, so its cost follows new steps, not every open step.
   */
  @WithDefault("15s")
  Duration pollReconcileInterval();

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
