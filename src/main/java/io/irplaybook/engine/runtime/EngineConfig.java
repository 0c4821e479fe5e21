package io.irplaybook.engine.runtime;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

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
   * Interface both engine APIs bind to. On loopback (localhost) no credential is needed; on any
   * other interface (0.0.0.0 for the engine-only mode) the engine refuses to start without {@link
   * #token()}.
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

  /**
   * Static bearer token (32 characters or more, from a Secret) that every gRPC call and REST
   * request must carry as {@code Authorization: Bearer <token>}. Required when {@link #host()} is
   * not loopback; when set on loopback it is required there too. Clients present it as
   * irp.camunda.token.
   */
  Optional<String> token();

  /**
   * OAuth bearer tokens both APIs accept (what a Camunda client with OAuth client credentials
   * sends), instead of or beside {@link #token()}. Setting the group satisfies the beyond-loopback
   * rule like the token does.
   */
  Optional<OAuth> oauth();

  /**
   * A user and password both APIs accept with HTTP basic authentication ({@code Authorization:
   * Basic ...}), as a Camunda client configured with {@code CAMUNDA_CLIENT_AUTH_METHOD=basic} sends
   * them; instead of or beside {@link #token()} and {@link #oauth()}, and like them it satisfies
   * the beyond-loopback rule.
   */
  Optional<Basic> basic();

  /** The one user of basic authentication. */
  interface Basic {

    /** The user name clients present; without {@code :}. */
    String username();

    /** Its password, 16 characters or more, from a Secret ({@code openssl rand -base64 24}). */
    String password();
  }

  /** The issuer whose signed JWTs the engine accepts. */
  interface OAuth {

    /** The expected {@code iss} claim, for example {@code https://keycloak.example/realms/ir}. */
    String issuer();

    /**
     * Where the issuer publishes its signing keys, for example {@code
     * https://keycloak.example/realms/ir/protocol/openid-connect/certs}.
     */
    URI jwksUri();

    /** The expected {@code aud} claim: the audience the clients request, e.g. {@code zeebe-api}. */
    String audience();
  }

  /** How often job time-outs and retry back-offs are checked. */
  @WithDefault("50ms")
  Duration tickInterval();
}
