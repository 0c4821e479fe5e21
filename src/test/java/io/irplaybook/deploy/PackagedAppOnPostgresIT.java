package io.irplaybook.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The packaged application (built with {@code -Ppostgresql}) starts against PostgreSQL from
 * environment variables alone, migrates an empty database and reports ready. Also records the
 * start-up figures for docs/benchmark.md in {@code target/deploy-it/startup-figures.md}; they are
 * printed, not asserted, because a timed assertion on a shared machine only makes a flaky build.
 */
class PackagedAppOnPostgresIT {

  @Test
  void shouldStartAgainstPostgresqlFromEnvironmentVariablesAloneAndReportReady()
      throws SQLException, IOException {
    // given an empty database and nothing but environment variables
    DeployDatabase.recreate();
    int enginePort = FreePort.fromPropertyOrFree("irp.test.engine-port");
    Map<String, String> env = new HashMap<>(DeployDatabase.environment());
    env.put("IRP_ENGINE_PORT", String.valueOf(enginePort));
    env.put("IRP_CAMUNDA_GRPC_ADDRESS", "http://127.0.0.1:" + enginePort);
    // The inbox reaches the engine's REST API too; a free port, as 8088 may be taken on a CI host.
    int restPort = FreePort.free();
    env.put("IRP_ENGINE_REST_PORT", String.valueOf(restPort));
    env.put("IRP_CAMUNDA_REST_ADDRESS", "http://127.0.0.1:" + restPort);

    // when
    PackagedApp app =
        PackagedApp.start("single", FreePort.fromPropertyOrFree("irp.test.http-port"), env);
    try (app) {
      HealthReport ready = HealthReport.parse(app.awaitReady(Duration.ofSeconds(90)));
      long millisToReady = app.millisToReady();
      long rssAtReady = app.residentMegabytes();
      long cpuToReady = app.cpuMillis();

      // then the database and the gateway checks are up, on PostgreSQL
      assertThat(ready.status()).isEqualTo("UP");
      assertThat(ready.checks())
          .containsEntry("Database connections health check", "UP")
          .containsEntry("camunda-gateway", "UP");
      // the entry process of the playbooks (docs/contracts.md), deployed by this instance
      assertThat(app.output()).contains("Deployed process incident-response version 1");
      // and the engine created its tables in that database
      assertThat(DeployDatabase.historyTables()).contains("engine_schema_history");
      record(millisToReady, cpuToReady, rssAtReady);
    }
    // and it stopped (SIGTERM, as Kubernetes stops a pod) without logging an error: schedules skip
    // runs once
    // shutdown has begun, instead of reaching a closed database
    assertThat(app.output().lines().filter(line -> line.contains(" ERROR ["))).isEmpty();
  }

  private static void record(long millisToReady, long cpuMillis, long rssMegabytes)
      throws IOException {
    String figures =
        "| packaged app on PostgreSQL, JVM mode ("
            + System.getProperty("irp.test.app-java-opts", PackagedApp.DEFAULT_JAVA_OPTS)
            + ") | "
            + millisToReady
            + " ms to ready (target <= 3000) | "
            + cpuMillis
            + " ms CPU to ready | "
            + rssMegabytes
            + " MiB RSS at ready (target <= 350) | load average "
            + loadAverage()
            + " |\n";
    System.out.print("Start-up figures: " + figures);
    Files.writeString(Path.of("target", "deploy-it", "startup-figures.md"), figures);
  }

  /** The machine's 1-minute load average: wall time to ready means little without it. */
  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (IOException e) {
      return "unknown";
    }
  }
}
