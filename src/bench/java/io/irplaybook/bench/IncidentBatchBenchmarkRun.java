package io.irplaybook.bench;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The measured run of {@link IncidentBatchBenchmark}; not named *Test, so no test run ever picks it
 * up.
 */
@QuarkusTest
@TestSecurity(user = "bench", roles = "reporter")
class IncidentBatchBenchmarkRun {

  static final int BATCHES = Integer.getInteger("bench.batches", 10);
  static final int BATCH_SIZE = Integer.getInteger("bench.batchSize", 100);
  static final Duration LIMIT = Duration.ofMinutes(5);

  /**
   * The inbox's own table: a first human step counts as waiting once the inbox worker has taken its
   * user-task job and stored the task, which is when a responder can see it.
   */
  @Inject DataSource dataSource;

  @Test
  void declareAThousandIncidentsThroughTheBatchEndpoint()
      throws IOException, SQLException, InterruptedException {
    int total = BATCHES * BATCH_SIZE;
    warmUp();
    long t0 = System.nanoTime();
    Set<Long> instances = new HashSet<>();
    Set<String> incidents = new HashSet<>();
    List<Long> batchMillis = new ArrayList<>();
    for (int b = 0; b < BATCHES; b++) {
      long start = System.nanoTime();
      Response response =
          given()
              .contentType(ContentType.JSON)
              .body(Map.of("items", items(b)))
              .post("/api/incidents/batch");
      response.then().statusCode(200);
      for (Object key : response.jsonPath().getList("results.incident.processInstanceKey")) {
        if (key != null) {
          instances.add(((Number) key).longValue());
        }
      }
      for (Object id : response.jsonPath().getList("results.incident.id")) {
        if (id != null) {
          incidents.add((String) id);
        }
      }
      batchMillis.add((System.nanoTime() - start) / 1_000_000);
    }
    long created = System.nanoTime();
    Set<String> waiting = new HashSet<>();
    long deadline = created + LIMIT.toNanos();
    while (waiting.size() < incidents.size() && System.nanoTime() < deadline) {
      waiting.addAll(incidentsWithATask(incidents));
      if (waiting.size() < incidents.size()) {
        Thread.sleep(50);
      }
    }
    long done = System.nanoTime();
    report(
        total,
        instances.size(),
        waiting.size(),
        (created - t0) / 1e9,
        (done - t0) / 1e9,
        batchMillis);
  }

  private Set<String> incidentsWithATask(Set<String> measured) throws SQLException {
    Set<String> seen = new HashSet<>();
    try (Connection c = dataSource.getConnection();
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT DISTINCT incident_id FROM inbox_task WHERE incident_id IS NOT NULL")) {
      while (rs.next()) {
        if (measured.contains(rs.getString(1))) {
          seen.add(rs.getString(1));
        }
      }
    }
    return seen;
  }

  /**
   * Unmeasured batches first (bench.warmupBatches, default 3), so class loading and the JIT do not
   * count against the 1,000, as the engine benchmark's warm-up does.
   */
  private void warmUp() {
    for (int b = 0; b < Integer.getInteger("bench.warmupBatches", 3); b++) {
      given()
          .contentType(ContentType.JSON)
          .body(Map.of("items", items(-1 - b)))
          .post("/api/incidents/batch")
          .then()
          .statusCode(200);
    }
  }

  private static List<Map<String, Object>> items(int batch) {
    List<Map<String, Object>> items = new ArrayList<>();
    for (int i = 0; i < BATCH_SIZE; i++) {
      items.add(item("bench-" + batch, i, 10 + (i * 37) % 900));
    }
    return items;
  }

  private static Map<String, Object> item(String prefix, int i, int employees) {
    Map<String, Object> org = new LinkedHashMap<>();
    org.put("name", prefix + " customer " + i);
    org.put("employees", employees);
    org.put("jurisdictions", List.of("JP"));
    org.put("personalData", i % 2 == 0);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("title", "Vendor cloud backup exposure");
    body.put("scenario", "cloud-config-backup-exposure");
    body.put("severity", "high");
    body.put("organization", org);
    body.put(
        "assets", List.of(Map.of("name", "fw-" + i, "kind", "firewall", "usedCloudBackup", true)));
    return body;
  }

  private static void report(
      int asked,
      int created,
      int waiting,
      double createdSeconds,
      double waitingSeconds,
      List<Long> batchMillis)
      throws IOException {
    String text =
        String.format(
            "%n# Incident batch benchmark (embedded engine, H2 file)%n%n"
                + "| figure | value |%n|---|---:|%n"
                + "| incidents asked for | %d |%n| process instances created | %d |%n| first human steps seen waiting | %d |%n"
                + "| time until all instances exist | %.1f s |%n| time until every first human step is waiting | %.1f s |%n"
                + "| target | < 30 s (%s) |%n| per batch of %d (ms) | %s |%n",
            asked,
            created,
            waiting,
            createdSeconds,
            waitingSeconds,
            waitingSeconds < 30 && waiting == asked ? "PASS" : "FAIL",
            BATCH_SIZE,
            batchMillis);
    System.out.println(text);
    Path out = Path.of("target/bench/results-incident-batch.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, text);
  }
}
