package io.irplaybook.workflow;

import io.camunda.client.CamundaClient;
import io.camunda.client.CamundaClientBuilder;
import io.camunda.client.CredentialsProvider;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The one Camunda client of the service. Every feature talks to the engine through it, so the same
 * code runs against the embedded engine and against a Camunda 8 cluster.
 */
@ApplicationScoped
public class CamundaClientProducer {

  private static final Logger LOG = Logger.getLogger(CamundaClientProducer.class);

  /** The process environment; a test profile may put a map in its place. */
  @Produces
  @DefaultBean
  @Singleton
  EnvironmentVariables environment() {
    return EnvironmentVariables.system();
  }

  @Produces
  @Singleton
  CamundaConnection connection(
      CamundaClientConfig config,
      EnvironmentVariables environment,
      // Read by name: nothing outside the engine package imports it (docs/architecture.md).
      @ConfigProperty(name = "irp.engine.enabled", defaultValue = "true") boolean embeddedEngine) {
    CamundaConnection connection = CamundaConnection.resolve(config, environment, embeddedEngine);
    LOG.infof("Camunda client: %s", connection.describe());
    if (!connection.ignoredVariables().isEmpty()) {
      LOG.warnf(
          "Ignoring %s: the embedded engine runs and none of them names an address; set"
              + " CAMUNDA_CLIENT_GRPCADDRESS (or IRP_CAMUNDA_GRPC_ADDRESS) to use them, or unset"
              + " them",
          String.join(", ", connection.ignoredVariables()));
    }
    return connection;
  }

  @Produces
  @ApplicationScoped
  CamundaClient camundaClient(CamundaClientConfig config, CamundaConnection connection) {
    return build(config, connection);
  }

  void close(@Disposes CamundaClient client) {
    client.close();
  }

  /**
   * Builds the client exactly as the service does, from its settings and the given variables;
   * static so it can be checked without a container.
   */
  static CamundaClient build(
      CamundaClientConfig config, EnvironmentVariables environment, boolean embeddedEngine) {
    return build(config, CamundaConnection.resolve(config, environment, embeddedEngine));
  }

  static CamundaClient build(CamundaClientConfig config, CamundaConnection connection) {
    CamundaClientBuilder builder =
        CamundaClient.newClientBuilder()
            // CamundaConnection has already read CAMUNDA_*/ZEEBE_* with the service's precedence;
            // the client reading them again on its own would undo that order.
            .applyEnvironmentVariableOverrides(false)
            // Job workers and the commands the features use go over gRPC; the REST API serves
            // what only it has (Camunda user tasks, searches). 8.8 would otherwise prefer REST.
            .preferRestOverGrpc(false)
            // The scheme decides the transport: http:// is plaintext, https:// is TLS.
            .grpcAddress(connection.grpcAddress())
            .restAddress(connection.restAddress())
            .defaultRequestTimeout(config.requestTimeout())
            // Workers poll with ActivateJobs (long polling). Job streaming is off by default in
            // 8.8; saying so here keeps it off should the default change, because the embedded
            // engine does not serve StreamActivatedJobs.
            .defaultJobWorkerStreamEnabled(false)
            .defaultJobWorkerName(config.jobWorker().name())
            .defaultJobTimeout(config.jobWorker().timeout())
            .defaultJobWorkerMaxJobsActive(config.jobWorker().maxJobsActive())
            .defaultJobPollInterval(config.jobWorker().pollInterval())
            .numJobWorkerExecutionThreads(config.jobWorker().executionThreads());
    connection.caCertificatePath().ifPresent(builder::caCertificatePath);
    credentialsProvider(connection.credentials()).ifPresent(builder::credentialsProvider);
    return builder.build();
  }

  private static Optional<CredentialsProvider> credentialsProvider(ClientCredentials credentials) {
    if (credentials instanceof ClientCredentials.Bearer bearer) {
      return Optional.of(new BearerToken(bearer.token()));
    }
    if (credentials instanceof ClientCredentials.Basic basic) {
      return Optional.of(
          CredentialsProvider.newBasicAuthCredentialsProviderBuilder()
              // The user and password come from CamundaConnection only (see above).
              .applyEnvironmentOverrides(false)
              .username(basic.username())
              .password(basic.password())
              .build());
    }
    if (credentials instanceof ClientCredentials.OAuth oauth) {
      var provider =
          CredentialsProvider.newCredentialsProviderBuilder()
              .applyEnvironmentOverrides(false)
              .clientId(oauth.clientId())
              .clientSecret(oauth.clientSecret())
              .authorizationServerUrl(oauth.tokenUrl().toString());
      oauth.audience().ifPresent(provider::audience);
      oauth.scope().ifPresent(provider::scope);
      return Optional.of(provider.build());
    }
    return Optional.empty();
  }
}
