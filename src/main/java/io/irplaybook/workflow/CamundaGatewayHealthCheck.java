package io.irplaybook.workflow;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.Topology;
import io.grpc.StatusRuntimeException;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the Zeebe gateway (embedded or remote) answers a Topology request: without it no
 * playbook can start and no human step can be completed.
 */
@Readiness
@ApplicationScoped
public class CamundaGatewayHealthCheck implements AsyncHealthCheck {

  static final String NAME = "camunda-gateway";

  private final CamundaClient client;
  private final CamundaClientConfig config;
  private final CamundaConnection connection;

  CamundaGatewayHealthCheck(
      CamundaClient client, CamundaClientConfig config, CamundaConnection connection) {
    this.client = client;
    this.config = config;
    this.connection = connection;
  }

  @Override
  public Uni<HealthCheckResponse> call() {
    // Asynchronous so a slow or unreachable gateway never blocks an event-loop thread.
    return Uni.createFrom()
        .completionStage(
            () -> client.newTopologyRequest().requestTimeout(config.healthCheckTimeout()).send())
        .map(this::up)
        .onFailure()
        .recoverWithItem(this::down);
  }

  private HealthCheckResponse up(Topology topology) {
    return HealthCheckResponse.named(NAME)
        .up()
        .withData("address", connection.grpcAddress().toString())
        .withData("gateway-version", String.valueOf(topology.getGatewayVersion()))
        .withData("cluster-size", topology.getClusterSize())
        .build();
  }

  private HealthCheckResponse down(Throwable failure) {
    return HealthCheckResponse.named(NAME)
        .down()
        .withData("address", connection.grpcAddress().toString())
        .withData("reason", reasonOf(failure))
        .build();
  }

  /**
   * The gRPC status (UNAVAILABLE, DEADLINE_EXCEEDED, ...) and the root cause, for an operator to
   * act on.
   */
  private static String reasonOf(Throwable failure) {
    String reason = null;
    Throwable root = failure;
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (reason == null && t instanceof StatusRuntimeException status) {
        reason = status.getMessage();
      }
      root = t;
    }
    if (reason == null) {
      reason =
          failure.getMessage() != null ? failure.getMessage() : failure.getClass().getSimpleName();
    }
    return root != failure && root.getMessage() != null && !reason.contains(root.getMessage())
        ? reason + " (" + root.getMessage() + ")"
        : reason;
  }
}
