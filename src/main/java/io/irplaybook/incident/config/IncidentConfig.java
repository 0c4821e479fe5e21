package io.irplaybook.incident.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Incident intake: request limits, the pending-start retry and what the playbooks are started with.
 */
@ConfigMapping(prefix = "irp.incident")
public interface IncidentConfig {

  /**
   * Largest accepted request body in bytes for declaring incidents (one or a batch); larger is 413.
   */
  @WithDefault("1048576")
  int maxBodyBytes();

  /** Most items one {@code POST /api/incidents/batch} may carry. */
  @WithDefault("500")
  int maxBatchItems();

  /**
   * How many items of one batch are declared at the same time. Each item waits mostly on the engine
   * and the database, so a few in parallel shorten a batch of hundreds from minutes to seconds.
   */
  @WithDefault("8")
  int batchParallelism();

  /**
   * How often incidents stored as PENDING_START are retried while the engine was unreachable, as a
   * duration such as {@code 10s}; {@code off} stops the schedule (tests start them themselves).
   */
  @WithDefault("10s")
  String pendingStartInterval();

  /**
   * How long a start may take before it counts as stuck: a STARTING incident whose attempt is older
   * was left by a crash between CreateProcessInstance and its commit, and is resolved by the
   * process-instance search (automatically, or at once by an operator); an Idempotency-Key whose
   * first request is older answers with the incident as it stands instead of 409. Well above the
   * engine request timeout, so a slow start is never mistaken for one.
   */
  @WithDefault("2m")
  Duration stuckStartAfter();

  /**
   * Most incidents one pending-start round starts, so one round never holds the scheduler for long.
   */
  @WithDefault("200")
  int pendingStartBatch();

  /** Most entries {@code GET /api/incidents/{id}/timeline} returns. */
  @WithDefault("1000")
  int timelineLimit();

  /**
   * Names of the notification channels passed to the playbooks as {@code notifyChannels}; empty by
   * default.
   */
  Optional<List<String>> notifyChannels();
}
