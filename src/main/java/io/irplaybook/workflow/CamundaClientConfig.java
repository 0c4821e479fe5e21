package io.irplaybook.workflow;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * How the service reaches the Zeebe gateway: the embedded engine by default, or a Camunda 8 cluster
 * (SaaS or Self-Managed) when the addresses and credentials point there. Switching between the two
 * is a matter of settings only. Camunda's own {@code CAMUNDA_*} and {@code ZEEBE_*} variables are
 * read too, below these properties ({@link CamundaConnection}); so the addresses have no default
 * here: an unset one may still come from those variables before the embedded engine's address is
 * used.
 */
@ConfigMapping(prefix = "irp.camunda")
public interface CamundaClientConfig {

  /**
   * The gateway's gRPC address. The scheme chooses the transport: {@code http://} is plaintext (the
   * embedded engine on localhost), {@code https://} is TLS (any remote cluster). When unset, {@code
   * CAMUNDA_CLIENT_GRPCADDRESS} and its kin decide, and without those {@code
   * http://localhost:26500}.
   */
  Optional<URI> grpcAddress();

  /**
   * The orchestration cluster's REST address (Camunda 8.8's Orchestration Cluster REST API, which
   * the embedded engine also serves on irp.engine.rest-port), used by commands and searches that
   * exist solely in the REST API, such as those on Camunda user tasks. When unset, {@code
   * CAMUNDA_CLIENT_RESTADDRESS} and its kin decide, and without those {@code
   * http://localhost:8088}.
   */
  Optional<URI> restAddress();

  /** How long a command may take before the client gives up on it. */
  @WithDefault("20s")
  Duration requestTimeout();

  /**
   * PEM file of the certificate authority that signed the gateway's certificate, when that is not a
   * CA the JVM already trusts (a Self-Managed cluster with its own CA). Only used with TLS.
   */
  Optional<String> caCertificatePath();

  /** How long the readiness check waits for the gateway's topology before reporting it down. */
  @WithDefault("3s")
  Duration healthCheckTimeout();

  /**
   * Static bearer token the gateway requires (the embedded engine's irp.engine.token when it
   * listens beyond loopback), sent as {@code Authorization: Bearer <token>} on every gRPC call and
   * REST request. Mutually exclusive with {@link #oauth()} and {@link #basic()}; from the
   * environment or a Secret.
   */
  Optional<String> token();

  /**
   * HTTP Basic credentials, as a Camunda 8.8 Self-Managed cluster installed with the Helm chart's
   * defaults expects them (and as the embedded engine does with irp.engine.basic.*). Mutually
   * exclusive with {@link #token()} and {@link #oauth()}.
   */
  Optional<Basic> basic();

  /** A user of the cluster (or of the embedded engine) and its password. */
  interface Basic {

    /** The user name. */
    String username();

    /** Its password; from the environment or a Secret. */
    String password();
  }

  /**
   * OAuth client credentials for Camunda 8 SaaS or Self-Managed with Identity. Leave every {@code
   * irp.camunda.oauth.*} property unset for the embedded engine, which needs none.
   */
  Optional<OAuth> oauth();

  /** Defaults for every job worker the features open; a worker may still override them. */
  JobWorker jobWorker();

  /** OAuth client-credentials settings; setting any of them switches OAuth on. */
  interface OAuth {

    /** The client id of the API client created in the Camunda console or in Identity. */
    String clientId();

    /**
     * The client secret that goes with {@link #clientId()}; supply it from the environment or a
     * Secret.
     */
    String clientSecret();

    /**
     * Token endpoint, for example {@code https://login.cloud.camunda.io/oauth/token} for SaaS or
     * {@code https://keycloak.example/auth/realms/camunda-platform/protocol/openid-connect/token}.
     */
    String authorizationServerUrl();

    /** Token audience: {@code zeebe.camunda.io} for SaaS, {@code zeebe-api} for Self-Managed. */
    Optional<String> audience();

    /** Token scope, when the identity provider requires one (Microsoft Entra ID does). */
    Optional<String> scope();
  }

  /** Job-worker defaults applied to the client. */
  interface JobWorker {

    /** Name the gateway records as the worker of each activated job (shows up in Operate). */
    @WithDefault("ir-playbook-runner")
    String name();

    /**
     * How long an activated job stays reserved for this service before the engine hands it out
     * again.
     */
    @WithDefault("5m")
    Duration timeout();

    /** How many jobs one worker holds at once. */
    @WithDefault("32")
    int maxJobsActive();

    /** Pause between two ActivateJobs polls after one came back empty. */
    @WithDefault("100ms")
    Duration pollInterval();

    /** Threads that run job handlers, shared by all workers of the client. */
    @WithDefault("1")
    int executionThreads();
  }
}
