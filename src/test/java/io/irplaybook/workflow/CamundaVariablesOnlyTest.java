package io.irplaybook.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.api.command.ProblemException;
import io.camunda.client.api.response.Topology;
import io.grpc.Status;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Issue 18, point 5: the service started on its embedded engine with basic authentication switched
 * on there, its client configured only through Camunda's own {@code CAMUNDA_*} variables (no {@code
 * irp.camunda.*} address or credential), works over gRPC and REST; a wrong password is refused by
 * both APIs.
 */
@QuarkusTest
@TestProfile(CamundaVariablesOnlyTest.CamundaVariablesOnly.class)
class CamundaVariablesOnlyTest {

  static final String USER = "irp-service";
  static final String PASSWORD = "basic-password-for-the-test-0123";

  /** The engine requires basic authentication; the client learns everything from CAMUNDA_*. */
  public static class CamundaVariablesOnly implements QuarkusTestProfile {

    static final int REST_PORT = freePort();

    @Override
    public Map<String, String> getConfigOverrides() {
      String grpcPort = System.getProperty("irp.test.engine-port", "26501");
      Map<String, String> config = new HashMap<>();
      config.put("irp.engine.basic.username", USER);
      config.put("irp.engine.basic.password", PASSWORD);
      config.put("irp.engine.rest-port", String.valueOf(REST_PORT));
      // No irp.camunda.* address: the test profile's default one is blanked out.
      config.put("irp.camunda.grpc-address", "");
      config.put("irp.camunda.rest-address", "");
      variable(config, "CAMUNDA_CLIENT_MODE", "self-managed");
      variable(config, "CAMUNDA_CLIENT_GRPCADDRESS", "http://localhost:" + grpcPort);
      variable(config, "CAMUNDA_CLIENT_RESTADDRESS", "http://localhost:" + REST_PORT);
      variable(config, "CAMUNDA_CLIENT_AUTH_METHOD", "basic");
      variable(config, "CAMUNDA_CLIENT_AUTH_USERNAME", USER);
      variable(config, "CAMUNDA_CLIENT_AUTH_PASSWORD", PASSWORD);
      return config;
    }

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
      return Set.of(ConfigVariables.class);
    }

    private static void variable(Map<String, String> config, String name, String value) {
      config.put(ConfigVariables.PREFIX + name, value);
    }

    private static int freePort() {
      try (ServerSocket socket = new ServerSocket(0)) {
        return socket.getLocalPort();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @Inject CamundaClient client;
  @Inject CamundaConnection connection;
  @Inject CamundaClientConfig config;

  @Test
  void shouldTakeAddressesAndBasicCredentialsFromTheCamundaVariablesOnly() {
    assertThat(connection.grpcAddress())
        .hasToString(variable("CAMUNDA_CLIENT_GRPCADDRESS"))
        .hasToString("http://localhost:" + System.getProperty("irp.test.engine-port", "26501"));
    assertThat(connection.restAddress()).hasToString(variable("CAMUNDA_CLIENT_RESTADDRESS"));
    assertThat(connection.credentials())
        .isInstanceOfSatisfying(
            ClientCredentials.Basic.class,
            basic -> {
              assertThat(basic.username()).isEqualTo(USER);
              assertThat(basic.origin()).startsWith("CAMUNDA_*");
            });
  }

  @Test
  void shouldRunACommandOverGrpcWithTheBasicCredentials() {
    // when
    Topology topology = client.newTopologyRequest().send().join();

    // then
    assertThat(topology.getBrokers()).hasSize(1);
  }

  @Test
  void shouldSearchOverRestWithTheBasicCredentials() {
    // when: the service deployed its playbooks at start-up over gRPC; a REST search must pass too
    var tasks = client.newUserTaskSearchRequest().send().join();

    // then
    assertThat(tasks.items()).isNotNull();
  }

  @Test
  void shouldRefuseAWrongPasswordOnBothApis() {
    // given a client built exactly as the service builds it, but with a wrong password
    Map<String, String> variables = new HashMap<>();
    for (String name :
        new String[] {
          "CAMUNDA_CLIENT_GRPCADDRESS",
          "CAMUNDA_CLIENT_RESTADDRESS",
          "CAMUNDA_CLIENT_AUTH_METHOD",
          "CAMUNDA_CLIENT_AUTH_USERNAME"
        }) {
      variables.put(name, variable(name));
    }
    variables.put("CAMUNDA_CLIENT_AUTH_PASSWORD", PASSWORD + "-wrong");

    try (CamundaClient wrong =
        CamundaClientProducer.build(config, EnvironmentVariables.of(variables), true)) {
      // when / then: gRPC answers UNAUTHENTICATED
      assertThatThrownBy(() -> wrong.newTopologyRequest().send().join())
          .isInstanceOfSatisfying(
              ClientStatusException.class,
              e -> assertThat(e.getStatusCode()).isEqualTo(Status.Code.UNAUTHENTICATED));
      // and REST answers 401 as a problem
      assertThatThrownBy(() -> wrong.newUserTaskSearchRequest().send().join())
          .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.code()).isEqualTo(401));
    }
  }

  private static String variable(String name) {
    return ConfigProvider.getConfig().getValue(ConfigVariables.PREFIX + name, String.class);
  }
}
