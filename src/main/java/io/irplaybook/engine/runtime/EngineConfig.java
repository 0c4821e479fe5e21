package io.irplaybook.engine.runtime;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * The embedded Zeebe-compatible engine. Switch it off when the service talks to a Camunda 8
 * cluster.
 */
@ConfigMapping(prefix = "irp.engine")
public interface EngineConfig {

  /**
   * Whether this service runs the embedded engine (false when an external Camunda 8 cluster is
   * used).
   */
  @WithDefault("true")
  boolean enabled();

  /**
   * Interface the gateway API binds to; localhost keeps the unauthenticated gateway off the
   * network.
   */
  @WithDefault("localhost")
  String host();

  /** Gateway API port; Zeebe's own, so any Zeebe client finds it. */
  @WithDefault("26500")
  int port();

  /**
   * Port of the Orchestration Cluster REST API subset ({@code /v2}: user tasks, element and process
   * instances, variables, incidents), bound on {@link #host()}; Camunda's own, so any Camunda REST
   * client finds it. 0 picks a free port.
   */
  @WithDefault("8088")
  int restPort();

  /** How often job time-outs and retry back-offs are checked. */
  @WithDefault("50ms")
  Duration tickInterval();
}
