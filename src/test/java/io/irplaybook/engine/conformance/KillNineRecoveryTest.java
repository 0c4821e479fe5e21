package io.irplaybook.engine.conformance;

import static io.irplaybook.engine.testing.EngineHarness.newJobType;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.irplaybook.engine.EmbeddedEngine;
import io.irplaybook.engine.EngineSettings;
import io.irplaybook.engine.testing.EngineProcess;
import io.irplaybook.engine.testing.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A real {@code kill -9}: the engine runs in a JVM of its own on a database in a file (or
 * PostgreSQL), is killed with SIGKILL right after its last acknowledged command, and a new engine
 * on the same database must find everything that was acknowledged. On H2 this runs with the
 * service's own URL options, so it also proves those options make commits durable.
 */
class KillNineRecoveryTest {

  private static final int INSTANCES = 25;
  private final String jobType = newJobType();
  private TestDatabase postgres;
  private EmbeddedEngine restarted;

  @AfterEach
  void tearDown() {
    if (restarted != null) {
      restarted.close();
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void shouldKeepEveryAcknowledgedCommandWhenTheEngineProcessIsKilled() throws Exception {
    // given: an engine in its own process
    Database database = database();
    Set<Long> acknowledgedJobs = new HashSet<>();
    long activatedBeforeKill;
    try (EngineProcess process = EngineProcess.start(database.jdbcUrl(), database.schema());
        CamundaClient client = client(process.port())) {
      client
          .newDeployResourceCommand()
          .addResourceFromClasspath("bpmn/two-service-tasks.bpmn")
          .send()
          .join();
      for (int i = 0; i < INSTANCES; i++) {
        client
            .newCreateInstanceCommand()
            .bpmnProcessId("two-service-tasks")
            .latestVersion()
            .variables(Map.of("jobType", jobType, "n", i))
            .send()
            .join();
      }
      List<ActivatedJob> first = activate(client, INSTANCES, Duration.ofSeconds(2));
      assertThat(first).hasSize(INSTANCES);
      // every completion but the last is acknowledged; the last job stays activated
      for (ActivatedJob job : first.subList(0, INSTANCES - 1)) {
        client.newCompleteCommand(job.getKey()).send().join();
        acknowledgedJobs.add(job.getKey());
      }
      activatedBeforeKill = first.get(INSTANCES - 1).getKey();

      // when: SIGKILL straight after the last acknowledgement
      process.kill();
    }

    // then: a new engine on the same database has every acknowledged completion (a second-task job
    // each), and the job still activated at the kill is back once its 2 s timeout has passed
    restarted =
        EmbeddedEngine.start(
            EngineSettings.defaults(database.dataSource())
                .withPort(0)
                .withRestPort(0) // 8088 may be taken by a service running on the same machine
                .withTickInterval(Duration.ofMillis(10)));
    try (CamundaClient client = client(restarted.port())) {
      List<ActivatedJob> jobs = activate(client, INSTANCES, Duration.ofMinutes(5));
      assertThat(jobs).hasSize(INSTANCES);
      assertThat(jobs)
          .filteredOn(job -> job.getElementId().equals("second-task"))
          .hasSize(INSTANCES - 1);
      assertThat(jobs).noneMatch(job -> acknowledgedJobs.contains(job.getKey()));
      ActivatedJob timedOut =
          jobs.stream()
              .filter(job -> job.getElementId().equals("first-task"))
              .findFirst()
              .orElseThrow();
      assertThat(timedOut.getKey()).isEqualTo(activatedBeforeKill);
      assertThat(timedOut.getRetries()).isEqualTo(3);
    }
  }

  private List<ActivatedJob> activate(CamundaClient client, int count, Duration jobTimeout) {
    List<ActivatedJob> jobs = new ArrayList<>();
    for (int attempt = 0; attempt < 10 && jobs.size() < count; attempt++) {
      jobs.addAll(
          client
              .newActivateJobsCommand()
              .jobType(jobType)
              .maxJobsToActivate(count - jobs.size())
              .timeout(jobTimeout)
              .requestTimeout(Duration.ofSeconds(5))
              .send()
              .join()
              .getJobs());
    }
    return jobs;
  }

  private static CamundaClient client(int port) {
    URI address = URI.create("http://localhost:" + port);
    return CamundaClient.newClientBuilder()
        .grpcAddress(address)
        .restAddress(address)
        .preferRestOverGrpc(false)
        .applyEnvironmentVariableOverrides(false)
        .build();
  }

  private record Database(String jdbcUrl, String schema, DataSource dataSource) {}

  private Database database() throws IOException {
    if ("postgresql".equals(System.getProperty(TestDatabase.KIND_PROPERTY))) {
      postgres = TestDatabase.create();
      return new Database(
          "jdbc:postgresql://127.0.0.1:5432/test", postgres.schema(), postgres.dataSource());
    }
    Path directory =
        Files.createDirectories(Path.of("target", "kill-nine", UUID.randomUUID().toString()));
    String url =
        "jdbc:h2:file:" + directory.toAbsolutePath().resolve("engine") + serviceH2Options();
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL(url);
    h2.setUser("sa");
    return new Database(url, null, h2);
  }

  /** The options after the path in the service's own H2 URL, so this test checks what users run. */
  private static String serviceH2Options() throws IOException {
    Properties properties = new Properties();
    try (InputStream in =
        KillNineRecoveryTest.class.getResourceAsStream("/application.properties")) {
      properties.load(in);
    }
    String url = properties.getProperty("quarkus.datasource.jdbc.url");
    int options = url.indexOf(';');
    return options < 0 ? "" : url.substring(options);
  }
}
