package io.irplaybook.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.client.CamundaClient;
import io.camunda.client.impl.basicauth.BasicAuthCredentialsProvider;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Which setting wins: {@code IRP_CAMUNDA_*} over {@code CAMUNDA_*} over {@code ZEEBE_*} over the
 * embedded engine's defaults; and stray variables never move the client off the embedded engine.
 */
class CamundaConnectionTest {

  private static final boolean EMBEDDED = true;
  private static final boolean EXTERNAL = false;

  @Test
  void shouldConnectWithBasicAuthenticationConfiguredThroughTheStartersVariables() {
    // given the variables a Spring Boot starter user sets for a Helm install of Camunda 8.8
    var env =
        Map.of(
            "CAMUNDA_CLIENT_MODE", "self-managed",
            "CAMUNDA_CLIENT_GRPCADDRESS", "http://camunda-zeebe-gateway:26500",
            "CAMUNDA_CLIENT_RESTADDRESS", "http://camunda-zeebe-gateway:8080",
            "CAMUNDA_CLIENT_AUTH_METHOD", "basic",
            "CAMUNDA_CLIENT_AUTH_USERNAME", "irp",
            "CAMUNDA_CLIENT_AUTH_PASSWORD", "a-password-from-a-secret");

    // when
    CamundaConnection connection = resolve(Map.of(), env, EXTERNAL);

    // then
    assertThat(connection.grpcAddress()).hasToString("http://camunda-zeebe-gateway:26500");
    assertThat(connection.restAddress()).hasToString("http://camunda-zeebe-gateway:8080");
    assertThat(connection.credentials())
        .isEqualTo(
            new ClientCredentials.Basic(
                "CAMUNDA_* (CAMUNDA_CLIENT_AUTH_METHOD=basic)", "irp", "a-password-from-a-secret"));
    assertThat(connection.credentials().toString()).doesNotContain("a-password-from-a-secret");
    try (CamundaClient client =
        CamundaClientProducer.build(CamundaClientProducerTest.config(Map.of()), connection)) {
      assertThat(client.getConfiguration().getCredentialsProvider())
          .isInstanceOf(BasicAuthCredentialsProvider.class);
    }
  }

  @Test
  void shouldDetectBasicAuthenticationFromTheJavaClientsOwnVariableNames() {
    // given the names io.camunda.client reads itself, without an explicit method
    var env =
        Map.of(
            "CAMUNDA_GRPC_ADDRESS", "https://zeebe.example.org:443",
            "CAMUNDA_REST_ADDRESS", "https://camunda.example.org",
            "CAMUNDA_BASIC_AUTH_USERNAME", "irp",
            "CAMUNDA_BASIC_AUTH_PASSWORD", "a-password-from-a-secret");

    // when
    CamundaConnection connection = resolve(Map.of(), env, EXTERNAL);

    // then
    assertThat(connection.grpcAddress()).hasToString("https://zeebe.example.org:443");
    assertThat(connection.credentials()).isInstanceOf(ClientCredentials.Basic.class);
  }

  @Test
  void shouldReadTheSaasCredentialsFile() {
    // given the lines of the file the Camunda console offers for download
    var env =
        Map.of(
            "ZEEBE_ADDRESS", "4711.bru-2.zeebe.camunda.io:443",
            "ZEEBE_CLIENT_ID", "irp-client",
            "ZEEBE_CLIENT_SECRET", "a-secret",
            "ZEEBE_AUTHORIZATION_SERVER_URL", "https://login.cloud.camunda.io/oauth/token",
            "ZEEBE_TOKEN_AUDIENCE", "zeebe.camunda.io",
            "CAMUNDA_CLUSTER_ID", "4711",
            "CAMUNDA_CLUSTER_REGION", "bru-2");

    // when
    CamundaConnection connection = resolve(Map.of(), env, EXTERNAL);

    // then TLS (the file's address has no scheme) and the REST address follows from the cluster
    assertThat(connection.grpcAddress()).hasToString("https://4711.bru-2.zeebe.camunda.io:443");
    assertThat(connection.restAddress()).hasToString("https://bru-2.zeebe.camunda.io:443/4711");
    assertThat(connection.credentials())
        .isInstanceOfSatisfying(
            ClientCredentials.OAuth.class,
            oauth -> {
              assertThat(oauth.clientId()).isEqualTo("irp-client");
              assertThat(oauth.audience()).hasValue("zeebe.camunda.io");
              assertThat(oauth.origin()).startsWith("ZEEBE_*");
            });
  }

  @Test
  void shouldDeriveSaasAddressesAndTokenSettingsFromTheSaasMode() {
    // given
    var env =
        Map.of(
            "CAMUNDA_CLIENT_MODE", "saas",
            "CAMUNDA_CLIENT_CLOUD_CLUSTERID", "4711",
            "CAMUNDA_CLIENT_CLOUD_REGION", "syd-1",
            "CAMUNDA_CLIENT_AUTH_CLIENTID", "irp-client",
            "CAMUNDA_CLIENT_AUTH_CLIENTSECRET", "a-secret");

    // when
    CamundaConnection connection = resolve(Map.of(), env, EXTERNAL);

    // then
    assertThat(connection.grpcAddress()).hasToString("https://4711.syd-1.zeebe.camunda.io:443");
    assertThat(connection.restAddress()).hasToString("https://syd-1.zeebe.camunda.io:443/4711");
    assertThat(connection.credentials())
        .isEqualTo(
            new ClientCredentials.OAuth(
                "CAMUNDA_* (CAMUNDA_CLIENT_AUTH_METHOD=oidc)",
                "irp-client",
                "a-secret",
                URI.create("https://login.cloud.camunda.io/oauth/token"),
                java.util.Optional.of("zeebe.camunda.io"),
                java.util.Optional.empty()));
  }

  @Test
  void shouldPreferIrpCamundaOverCamundaOverZeebeSettingBySetting() {
    // given every family says something, the IRP one only about the gRPC address
    var irp = Map.of("irp.camunda.grpc-address", "http://irp-gateway:26500");
    var env =
        Map.of(
            "CAMUNDA_CLIENT_GRPCADDRESS", "http://camunda-gateway:26500",
            "CAMUNDA_CLIENT_RESTADDRESS", "http://camunda-gateway:8080",
            "CAMUNDA_CLIENT_AUTH_USERNAME", "irp",
            "CAMUNDA_CLIENT_AUTH_PASSWORD", "a-password-from-a-secret",
            "ZEEBE_ADDRESS", "zeebe-gateway:26500",
            "ZEEBE_REST_ADDRESS", "http://zeebe-gateway:8080",
            "ZEEBE_CLIENT_ID", "zeebe-client",
            "ZEEBE_CLIENT_SECRET", "a-secret",
            "ZEEBE_AUTHORIZATION_SERVER_URL", "https://idp.example.org/token");

    // when
    CamundaConnection connection = resolve(irp, env, EXTERNAL);

    // then
    assertThat(connection.grpcAddress()).hasToString("http://irp-gateway:26500");
    assertThat(connection.restAddress()).hasToString("http://camunda-gateway:8080");
    assertThat(connection.credentials()).isInstanceOf(ClientCredentials.Basic.class);
  }

  @Test
  void shouldTakeCredentialsFromTheIrpSettingsWholeEvenWhenCamundaVariablesHaveOthers() {
    // given
    var irp =
        Map.of(
            "irp.camunda.oauth.client-id", "irp-client",
            "irp.camunda.oauth.client-secret", "irp-secret",
            "irp.camunda.oauth.authorization-server-url", "https://idp.example.org/token");
    var env =
        Map.of(
            "CAMUNDA_GRPC_ADDRESS", "http://camunda-gateway:26500",
            "CAMUNDA_CLIENT_SECRET", "another-secret",
            "CAMUNDA_CLIENT_ID", "another-client");

    // when
    CamundaConnection connection = resolve(irp, env, EXTERNAL);

    // then
    assertThat(connection.credentials())
        .isInstanceOfSatisfying(
            ClientCredentials.OAuth.class,
            oauth -> {
              assertThat(oauth.clientId()).isEqualTo("irp-client");
              assertThat(oauth.clientSecret()).isEqualTo("irp-secret");
            });
  }

  @Test
  void shouldIgnoreStrayVariablesWhileTheEmbeddedEngineRuns() {
    // given credentials left over in the environment, but no address
    var stray =
        Map.of(
            "CAMUNDA_CLIENT_AUTH_METHOD", "oidc",
            "CAMUNDA_CLIENT_ID", "stray-client",
            "CAMUNDA_CLIENT_SECRET", "stray-secret",
            "CAMUNDA_OAUTH_URL", "https://idp.example.org/token",
            "ZEEBE_CLIENT_ID", "stray-client",
            "ZEEBE_CLIENT_SECRET", "stray-secret",
            "ZEEBE_AUTHORIZATION_SERVER_URL", "https://idp.example.org/token");

    // when
    CamundaConnection embedded = resolve(Map.of(), stray, EMBEDDED);
    CamundaConnection external = resolve(Map.of(), stray, EXTERNAL);

    // then the client stays on the embedded engine without a credential, and says what it ignored
    assertThat(embedded.grpcAddress()).hasToString("http://localhost:26500");
    assertThat(embedded.restAddress()).hasToString("http://localhost:8088");
    assertThat(embedded.credentials()).isInstanceOf(ClientCredentials.None.class);
    assertThat(embedded.ignoredVariables())
        .contains("CAMUNDA_CLIENT_ID", "CAMUNDA_CLIENT_AUTH_METHOD", "ZEEBE_CLIENT_SECRET")
        .noneMatch(name -> name.contains("stray"));
    try (CamundaClient client =
        CamundaClientProducer.build(CamundaClientProducerTest.config(Map.of()), embedded)) {
      assertThat(client.getConfiguration().getCredentialsProvider()).isNull();
    }
    // and without the embedded engine the same variables are what the operator meant
    assertThat(external.credentials()).isInstanceOf(ClientCredentials.OAuth.class);
  }

  @Test
  void shouldFollowCamundaVariablesToTheEmbeddedEngineWhenTheyNameItsAddress() {
    // given
    var env =
        Map.of(
            "CAMUNDA_GRPC_ADDRESS", "http://localhost:26500",
            "CAMUNDA_CLIENT_AUTH_METHOD", "basic",
            "CAMUNDA_CLIENT_AUTH_USERNAME", "irp",
            "CAMUNDA_CLIENT_AUTH_PASSWORD", "a-password-from-a-secret");

    // when
    CamundaConnection connection = resolve(Map.of(), env, EMBEDDED);

    // then
    assertThat(connection.credentials()).isInstanceOf(ClientCredentials.Basic.class);
    assertThat(connection.ignoredVariables()).isEmpty();
  }

  @Test
  void shouldNameTheMissingPasswordOfBasicAuthentication() {
    var env =
        Map.of(
            "CAMUNDA_GRPC_ADDRESS", "http://camunda-gateway:26500",
            "CAMUNDA_CLIENT_AUTH_METHOD", "basic",
            "CAMUNDA_CLIENT_AUTH_USERNAME", "irp");

    assertThatThrownBy(() -> resolve(Map.of(), env, EXTERNAL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CAMUNDA_CLIENT_AUTH_PASSWORD or CAMUNDA_BASIC_AUTH_PASSWORD");
  }

  @Test
  void shouldNameTheVariableOfAnAddressWithoutScheme() {
    var env = Map.of("CAMUNDA_CLIENT_GRPCADDRESS", "camunda-gateway:26500");

    assertThatThrownBy(() -> resolve(Map.of(), env, EXTERNAL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CAMUNDA_CLIENT_GRPCADDRESS")
        .hasMessageContaining("camunda-gateway:26500");
  }

  @Test
  void shouldRefuseAnUnknownAuthenticationMethod() {
    var env =
        Map.of(
            "CAMUNDA_GRPC_ADDRESS", "http://camunda-gateway:26500",
            "CAMUNDA_CLIENT_AUTH_METHOD", "kerberos");

    assertThatThrownBy(() -> resolve(Map.of(), env, EXTERNAL))
        .hasMessageContaining("none, basic or oidc")
        .hasMessageContaining("kerberos");
  }

  @Test
  void shouldAcceptBasicCredentialsAmongTheIrpSettings() {
    // when
    CamundaConnection connection =
        resolve(
            Map.of(
                "irp.camunda.basic.username", "irp",
                "irp.camunda.basic.password", "a-password-from-a-secret"),
            Map.of(),
            EMBEDDED);

    // then
    assertThat(connection.credentials())
        .isEqualTo(
            new ClientCredentials.Basic("irp.camunda.basic.*", "irp", "a-password-from-a-secret"));
  }

  private static CamundaConnection resolve(
      Map<String, String> properties, Map<String, String> variables, boolean embeddedEngine) {
    return CamundaConnection.resolve(
        CamundaClientProducerTest.config(properties),
        EnvironmentVariables.of(variables),
        embeddedEngine);
  }
}
