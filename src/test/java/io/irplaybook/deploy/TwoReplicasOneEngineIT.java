package io.irplaybook.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Two service replicas share one standalone embedded engine (an instance of the same application
 * with {@code irp.service.enabled=false}) and one PostgreSQL database, as in k8s/overlays/camunda
 * with the engine-only Deployment in place of a Camunda 8 cluster.
 *
 * <p>The key end-to-end scenario on this topology (an incident worked through both replicas: every
 * task once, every notification once, one audit chain) is {@link TwoReplicasIncidentIT}.
 */
class TwoReplicasOneEngineIT {

  private static final String GATEWAY_TOKEN = "two-replicas-gateway-token-0123456789";

  private static final Pattern DEPLOYED =
      Pattern.compile("Deployed process (\\S+) version (\\d+) \\(key (\\d+)\\)");

  @Test
  void shouldRunTwoServiceReplicasOnOneEngineOnlyInstanceWithOneMigrationAndOneDeployment()
      throws SQLException {
    // given an empty database and an instance that is only the engine and its gateway
    DeployDatabase.recreate();
    int enginePort = FreePort.fromPropertyOrFree("irp.test.engine-port");
    String gateway = "http://127.0.0.1:" + enginePort;
    Map<String, String> engineEnv = new HashMap<>(DeployDatabase.environment());
    engineEnv.put("IRP_SERVICE_ENABLED", "false");
    // As in production: the gateway on every interface, for replicas on other hosts, so it
    // requires a token, which the replicas present.
    engineEnv.put("IRP_ENGINE_HOST", "0.0.0.0");
    engineEnv.put("IRP_ENGINE_TOKEN", GATEWAY_TOKEN);
    engineEnv.put("IRP_ENGINE_PORT", String.valueOf(enginePort));
    engineEnv.put("IRP_CAMUNDA_GRPC_ADDRESS", gateway);
    // The replicas' inboxes work on user tasks through the engine's REST API, which listens beside
    // the gateway with the same token.
    int restPort = FreePort.free();
    engineEnv.put("IRP_ENGINE_REST_PORT", String.valueOf(restPort));
    Map<String, String> replicaEnv = new HashMap<>(DeployDatabase.environment());
    replicaEnv.put("IRP_ENGINE_ENABLED", "false");
    replicaEnv.put("IRP_CAMUNDA_GRPC_ADDRESS", gateway);
    replicaEnv.put("IRP_CAMUNDA_TOKEN", GATEWAY_TOKEN);
    replicaEnv.put("IRP_CAMUNDA_REST_ADDRESS", "http://127.0.0.1:" + restPort);

    try (PackagedApp engine =
        PackagedApp.start(
            "engine-only", FreePort.fromPropertyOrFree("irp.test.http-port"), engineEnv)) {
      engine.awaitReady(Duration.ofSeconds(90));

      // when two service replicas start at the same time
      try (PackagedApp a = PackagedApp.start("replica-a", FreePort.free(), replicaEnv);
          PackagedApp b = PackagedApp.start("replica-b", FreePort.free(), replicaEnv)) {
        HealthReport readyA = HealthReport.parse(a.awaitReady(Duration.ofSeconds(90)));
        HealthReport readyB = HealthReport.parse(b.awaitReady(Duration.ofSeconds(90)));

        // then both are ready, talking to the shared engine
        assertThat(readyA.checks()).containsEntry("camunda-gateway", "UP");
        assertThat(readyB.checks()).containsEntry("camunda-gateway", "UP");
        assertThat(readyA.data("camunda-gateway", "address")).isEqualTo(gateway);
        assertThat(readyB.data("camunda-gateway", "address")).isEqualTo(gateway);
        // and only the engine-only instance runs an engine, and it deploys nothing itself
        assertThat(engine.output())
            .contains(
                "Embedded Zeebe-compatible engine serving",
                "Playbooks not deployed by this instance")
            .doesNotContain("PlaybookDeployer] (main) Deployed");
        assertThat(a.output()).doesNotContain("Embedded Zeebe-compatible engine serving");
        assertThat(b.output()).doesNotContain("Embedded Zeebe-compatible engine serving");
        // and both replicas saw the same, first, version of every playbook
        Map<String, String> deployedByA = deployments(a.output());
        assertThat(deployedByA)
            .isNotEmpty()
            .allSatisfy((process, versionAndKey) -> assertThat(versionAndKey).startsWith("1/"));
        assertThat(deployments(b.output())).isEqualTo(deployedByA);
        // and every migration, the service's and the engine's, was applied exactly once
        assertThat(DeployDatabase.historyTables()).contains("engine_schema_history");
        for (String history : DeployDatabase.historyTables()) {
          assertThat(
                  DeployDatabase.query(
                      "select version from "
                          + history
                          + " where version is not null group by version having count(*) > 1"))
              .as("versions recorded more than once in %s", history)
              .isEmpty();
        }
      }
    }
  }

  /** process id -> "version/key" from the "Deployed process ..." log lines. */
  private static Map<String, String> deployments(String log) {
    Map<String, String> deployed = new TreeMap<>();
    Matcher matcher = DEPLOYED.matcher(log);
    while (matcher.find()) {
      deployed.put(matcher.group(1), matcher.group(2) + "/" + matcher.group(3));
    }
    return deployed;
  }
}
