package io.irplaybook.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.client.CamundaClient;
import io.camunda.client.CamundaClientConfiguration;
import io.camunda.client.api.response.Topology;
import io.camunda.client.impl.oauth.OAuthCredentialsProvider;
import io.camunda.client.impl.util.AddressUtil;
import io.irplaybook.engine.testing.EngineHarness;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The client is built from irp.camunda.* alone, with the defaults reaching the embedded engine. */
class CamundaClientProducerTest {

  /** No CAMUNDA_* or ZEEBE_* variable: the machine's own environment never reaches these tests. */
  static final EnvironmentVariables NO_VARIABLES = EnvironmentVariables.of(Map.of());

  @Test
  void shouldReachTheEmbeddedEngineOverPlaintextGrpcWithoutCredentialsByDefault() {
    // given no irp.camunda.* property
    CamundaClientConfig config = config(Map.of());

    // when / then
    withClient(
        config,
        client -> {
          assertThat(client.getGrpcAddress()).isEqualTo(URI.create("http://localhost:26500"));
          assertThat(AddressUtil.isPlaintextConnection(client.getGrpcAddress())).isTrue();
          assertThat(client.preferRestOverGrpc()).isFalse();
          assertThat(client.getDefaultJobWorkerStreamEnabled())
              .as("workers poll ActivateJobs")
              .isFalse();
          assertThat(client.getCredentialsProvider()).isNull();
          assertThat(client.getDefaultRequestTimeout()).isEqualTo(Duration.ofSeconds(20));
        });
  }

  @Test
  void shouldUseTlsWhenTheGrpcAddressIsHttps() {
    // given
    CamundaClientConfig config =
        config(Map.of("irp.camunda.grpc-address", "https://zeebe.example.org:443"));

    // when / then
    withClient(
        config,
        client -> assertThat(AddressUtil.isPlaintextConnection(client.getGrpcAddress())).isFalse());
  }

  @Test
  void shouldAuthenticateWithOAuthWhenAClientIdIsConfigured() {
    // given
    CamundaClientConfig config =
        config(
            Map.of(
                "irp.camunda.grpc-address", "https://abc.bru-2.zeebe.camunda.io:443",
                "irp.camunda.oauth.client-id", "irp",
                "irp.camunda.oauth.client-secret", "not-a-real-secret",
                "irp.camunda.oauth.authorization-server-url",
                    "https://login.cloud.camunda.io/oauth/token",
                "irp.camunda.oauth.audience", "zeebe.camunda.io"));

    // when / then
    withClient(
        config,
        client ->
            assertThat(client.getCredentialsProvider())
                .isInstanceOf(OAuthCredentialsProvider.class));
  }

  @Test
  void shouldPresentTheGatewayTokenToAnEngineThatRequiresIt() {
    // given an engine beyond loopback that admits only its token
    String token = "gateway-token-for-the-client-test-0123";
    try (EngineHarness engine = EngineHarness.requiringToken("0.0.0.0", token)) {
      engine.start();
      CamundaClientConfig config =
          config(
              Map.of(
                  "irp.camunda.grpc-address", "http://localhost:" + engine.port(),
                  "irp.camunda.rest-address", "http://localhost:" + engine.restPort(),
                  "irp.camunda.token", token));

      // when
      try (CamundaClient client = CamundaClientProducer.build(config, NO_VARIABLES, true)) {
        Topology topology = client.newTopologyRequest().send().join();

        // then
        assertThat(topology.getBrokers()).hasSize(1);
        assertThat(client.getConfiguration().getCredentialsProvider().toString())
            .doesNotContain(token);
      }
    }
  }

  @Test
  void shouldRejectATokenAndOAuthTogether() {
    assertThatThrownBy(
            () ->
                CamundaClientProducer.build(
                    config(
                        Map.of(
                            "irp.camunda.token", "gateway-token-for-the-client-test-0123",
                            "irp.camunda.oauth.client-id", "irp",
                            "irp.camunda.oauth.client-secret", "not-a-real-secret",
                            "irp.camunda.oauth.authorization-server-url",
                                "https://login.cloud.camunda.io/oauth/token")),
                    NO_VARIABLES,
                    true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("irp.camunda.token and irp.camunda.oauth.* are set");
  }

  @Test
  void shouldRejectAnOAuthClientIdWithoutItsSecret() {
    // given / when / then
    assertThatThrownBy(
            () ->
                config(
                    Map.of(
                        "irp.camunda.oauth.client-id", "irp",
                        "irp.camunda.oauth.authorization-server-url",
                            "https://login.cloud.camunda.io/oauth/token")))
        .hasMessageContaining("irp.camunda.oauth.client-secret");
  }

  @Test
  void shouldRejectAGrpcAddressWithoutHttpOrHttpsScheme() {
    // given the host:port form older Zeebe clients took
    CamundaClientConfig config = config(Map.of("irp.camunda.grpc-address", "localhost:26500"));

    // when / then
    assertThatThrownBy(() -> CamundaClientProducer.build(config, NO_VARIABLES, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("irp.camunda.grpc-address")
        .hasMessageContaining("localhost:26500");
  }

  @Test
  void shouldApplyTheConfiguredJobWorkerDefaults() {
    // given
    CamundaClientConfig config =
        config(
            Map.of(
                "irp.camunda.job-worker.max-jobs-active", "8",
                "irp.camunda.job-worker.timeout", "30s",
                "irp.camunda.job-worker.poll-interval", "250ms"));

    // when / then
    withClient(
        config,
        client -> {
          assertThat(client.getDefaultJobWorkerMaxJobsActive()).isEqualTo(8);
          assertThat(client.getDefaultJobTimeout()).isEqualTo(Duration.ofSeconds(30));
          assertThat(client.getDefaultJobPollInterval()).isEqualTo(Duration.ofMillis(250));
          assertThat(client.getDefaultJobWorkerName()).isEqualTo("ir-playbook-runner");
        });
  }

  /** Only the given properties: no environment or system properties leak into the test. */
  static CamundaClientConfig config(Map<String, String> properties) {
    return new SmallRyeConfigBuilder()
        .withMapping(CamundaClientConfig.class)
        .withConverter(Duration.class, 100, new DurationConverter())
        .withSources(new PropertiesConfigSource(properties, "test", 100))
        .build()
        .getConfigMapping(CamundaClientConfig.class);
  }

  private static void withClient(
      CamundaClientConfig config, Consumer<CamundaClientConfiguration> check) {
    try (CamundaClient client = CamundaClientProducer.build(config, NO_VARIABLES, true)) {
      check.accept(client.getConfiguration());
    }
  }
}
