package io.irplaybook.workflow;

import io.camunda.client.CamundaClient;
import io.camunda.client.CamundaClientBuilder;
import io.camunda.client.CredentialsProvider;
import io.grpc.ClientInterceptor;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Tracer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import java.net.URI;

/**
 * The one Camunda client of the service. Every feature talks to the engine through it, so the same
 * code runs against the embedded engine and against a Camunda 8 cluster.
 */
@ApplicationScoped
public class CamundaClientProducer {

  @Produces
  @ApplicationScoped
  CamundaClient camundaClient(CamundaClientConfig config, OpenTelemetry openTelemetry) {
    // Without tracing (the default: quarkus.otel.sdk.disabled) these are no-ops that cost a
    // method call; with it, commands and job handlers join the traces of what caused them.
    Tracer tracer = openTelemetry.getTracer("io.irplaybook.workflow");
    var calls =
        new CamundaCallTracing(tracer, openTelemetry.getPropagators().getTextMapPropagator());
    return TracedJobWorkers.wrap(build(config, calls), new JobSpans(tracer));
  }

  void close(@Disposes CamundaClient client) {
    client.close();
  }

  /**
   * Builds a client from the configuration alone; static so it can be checked without a container.
   */
  static CamundaClient build(CamundaClientConfig config, ClientInterceptor... interceptors) {
    URI grpcAddress = requireHttpOrHttps(config.grpcAddress());
    CamundaClientBuilder builder =
        CamundaClient.newClientBuilder()
            // Only this configuration decides where the client goes and how it authenticates:
            // a stray CAMUNDA_*/ZEEBE_* variable must not switch on OAuth against the embedded
            // engine.
            .applyEnvironmentVariableOverrides(false)
            // The embedded engine serves only the gRPC gateway API; 8.8 would otherwise prefer
            // REST.
            .preferRestOverGrpc(false)
            // The scheme decides the transport: http:// is plaintext, https:// is TLS.
            .grpcAddress(grpcAddress)
            .restAddress(config.restAddress())
            .defaultRequestTimeout(config.requestTimeout())
            // Workers poll with ActivateJobs (long polling). Job streaming is off by default in
            // 8.8;
            // saying so here keeps it off should the default change, because the embedded engine
            // does not serve StreamActivatedJobs.
            .defaultJobWorkerStreamEnabled(false)
            .defaultJobWorkerName(config.jobWorker().name())
            .defaultJobTimeout(config.jobWorker().timeout())
            .defaultJobWorkerMaxJobsActive(config.jobWorker().maxJobsActive())
            .defaultJobPollInterval(config.jobWorker().pollInterval())
            .numJobWorkerExecutionThreads(config.jobWorker().executionThreads())
            .withInterceptors(interceptors);
    config.caCertificatePath().ifPresent(builder::caCertificatePath);
    if (config.token().isPresent() && config.oauth().isPresent()) {
      throw new IllegalArgumentException(
          "Expected either irp.camunda.token (a static gateway token) or irp.camunda.oauth.*"
              + " (OAuth client credentials), but both are set: keep the one the gateway expects");
    }
    config.token().ifPresent(token -> builder.credentialsProvider(new BearerToken(token)));
    config.oauth().ifPresent(oauth -> builder.credentialsProvider(oauthCredentials(oauth)));
    return builder.build();
  }

  private static CredentialsProvider oauthCredentials(CamundaClientConfig.OAuth oauth) {
    var provider =
        CredentialsProvider.newCredentialsProviderBuilder()
            // Same reason as for the client: the credentials come from irp.camunda.oauth.* only.
            .applyEnvironmentOverrides(false)
            .clientId(oauth.clientId())
            .clientSecret(oauth.clientSecret())
            .authorizationServerUrl(oauth.authorizationServerUrl());
    oauth.audience().ifPresent(provider::audience);
    oauth.scope().ifPresent(provider::scope);
    return provider.build();
  }

  private static URI requireHttpOrHttps(URI address) {
    String scheme = address.getScheme();
    boolean knownScheme = "http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme);
    if (!knownScheme || address.getHost() == null) {
      throw new IllegalArgumentException(
          "Expected irp.camunda.grpc-address to be http://host:port (plaintext) or https://host:port (TLS), but it was '"
              + address
              + "'");
    }
    return address;
  }
}
