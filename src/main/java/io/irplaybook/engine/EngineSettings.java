package io.irplaybook.engine;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * What an embedded engine needs to run: where its state lives, what time it is, where it listens.
 *
 * @param dataSource database holding the engine's {@code engine_} tables (migrated on start)
 * @param clock source of time for job deadlines, back-offs and (later) timers; tests pass a
 *     controllable one
 * @param host interface the gateway binds to ({@code localhost} keeps it off the network)
 * @param port gateway port; 0 picks a free one (read it back with {@link EmbeddedEngine#port()})
 * @param tickInterval how often due work (job time-outs, retry back-offs, long-poll expiry) is
 *     checked
 */
public record EngineSettings(
    DataSource dataSource, Clock clock, String host, int port, Duration tickInterval) {

  public static final int ZEEBE_GATEWAY_PORT = 26500;

  public EngineSettings {
    Objects.requireNonNull(dataSource, "dataSource");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(tickInterval, "tickInterval");
  }

  /** Zeebe's defaults: localhost:26500, the system clock, a 50 ms tick. */
  public static EngineSettings defaults(DataSource dataSource) {
    return new EngineSettings(
        dataSource, Clock.systemUTC(), "localhost", ZEEBE_GATEWAY_PORT, Duration.ofMillis(50));
  }

  public EngineSettings withPort(int newPort) {
    return new EngineSettings(dataSource, clock, host, newPort, tickInterval);
  }

  public EngineSettings withTickInterval(Duration newTick) {
    return new EngineSettings(dataSource, clock, host, port, newTick);
  }
}
