package io.irplaybook.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

/** Without Quarkus: an unreachable gateway is reported down, with the reason. */
class CamundaGatewayHealthCheckTest {

  @Test
  void shouldReportDownWithTheReasonWhenNoGatewayListens() throws IOException {
    // given a port nothing listens on
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    CamundaClientConfig config =
        CamundaClientProducerTest.config(
            Map.of(
                "irp.camunda.grpc-address",
                "http://localhost:" + closedPort,
                "irp.camunda.health-check-timeout",
                "2s"));

    CamundaConnection connection =
        CamundaConnection.resolve(config, CamundaClientProducerTest.NO_VARIABLES, true);
    try (CamundaClient client = CamundaClientProducer.build(config, connection)) {
      // when
      HealthCheckResponse response =
          new CamundaGatewayHealthCheck(client, config, connection)
              .call()
              .await()
              .atMost(Duration.ofSeconds(10));

      // then
      assertThat(response.getName()).isEqualTo("camunda-gateway");
      assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
      assertThat(response.getData())
          .hasValueSatisfying(
              data -> {
                assertThat(data).containsEntry("address", "http://localhost:" + closedPort);
                assertThat((String) data.get("reason")).startsWith("UNAVAILABLE");
              });
    }
  }
}
