package io.irplaybook.engine;

import io.irplaybook.engine.access.GatewayBasicAuth;
import io.irplaybook.engine.access.GatewayOAuth;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
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
 * @param restPort port of the Orchestration Cluster REST API ({@code /v2}) on the same host; 0
 *     picks a free one (read it back with {@link EmbeddedEngine#restPort()})
 * @param token the bearer token both APIs require; required when {@code host} reaches beyond
 *     loopback unless {@code oauth} is set (the engine refuses to start otherwise), optional on
 *     loopback
 * @param oauth the issuer whose OAuth bearer tokens both APIs accept, instead of or beside the
 *     token
 * @param basic the user and password both APIs accept with basic authentication, instead of or
 *     beside the others
 */
public record EngineSettings(
    DataSource dataSource,
    Clock clock,
    String host,
    int port,
    Duration tickInterval,
    int restPort,
    Optional<String> token,
    Optional<GatewayOAuth> oauth,
    Optional<GatewayBasicAuth.Credentials> basic) {

  public static final int ZEEBE_GATEWAY_PORT = 26500;

  /** Camunda 8.8's REST port. */
  public static final int CAMUNDA_REST_PORT = 8088;

  public EngineSettings {
    Objects.requireNonNull(dataSource, "dataSource");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(tickInterval, "tickInterval");
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(oauth, "oauth");
    Objects.requireNonNull(basic, "basic");
  }

  /** Settings with a token and/or OAuth, but no basic user. */
  public EngineSettings(
      DataSource dataSource,
      Clock clock,
      String host,
      int port,
      Duration tickInterval,
      int restPort,
      Optional<String> token,
      Optional<GatewayOAuth> oauth) {
    this(dataSource, clock, host, port, tickInterval, restPort, token, oauth, Optional.empty());
  }

  /** Settings without a gateway token, which only a loopback host accepts. */
  public EngineSettings(
      DataSource dataSource,
      Clock clock,
      String host,
      int port,
      Duration tickInterval,
      int restPort) {
    this(dataSource, clock, host, port, tickInterval, restPort, Optional.empty(), Optional.empty());
  }

  /** Camunda's defaults: localhost:26500 and 8088, the system clock, a 50 ms tick. */
  public static EngineSettings defaults(DataSource dataSource) {
    return new EngineSettings(
        dataSource,
        Clock.systemUTC(),
        "localhost",
        ZEEBE_GATEWAY_PORT,
        Duration.ofMillis(50),
        CAMUNDA_REST_PORT);
  }

  public EngineSettings withPort(int newPort) {
    return new EngineSettings(
        dataSource, clock, host, newPort, tickInterval, restPort, token, oauth, basic);
  }

  public EngineSettings withRestPort(int newRestPort) {
    return new EngineSettings(
        dataSource, clock, host, port, tickInterval, newRestPort, token, oauth);
  }

  public EngineSettings withHost(String newHost) {
    return new EngineSettings(
        dataSource, clock, newHost, port, tickInterval, restPort, token, oauth, basic);
  }

  public EngineSettings withToken(String newToken) {
    return new EngineSettings(
        dataSource, clock, host, port, tickInterval, restPort, Optional.of(newToken), oauth, basic);
  }

  public EngineSettings withOAuth(GatewayOAuth newOAuth) {
    return new EngineSettings(
        dataSource, clock, host, port, tickInterval, restPort, token, Optional.of(newOAuth), basic);
  }

  public EngineSettings withTickInterval(Duration newTick) {
    return new EngineSettings(
        dataSource, clock, host, port, newTick, restPort, token, oauth, basic);
  }
}
