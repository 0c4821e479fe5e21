package io.irplaybook.operations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.irplaybook.inbox.Task;
import io.irplaybook.inbox.TaskStatus;
import io.irplaybook.incident.Incident;
import io.irplaybook.incident.IncidentFixtures;
import io.irplaybook.security.service.AnyResponderRole;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Scrapes /q/metrics after a small scripted incident (declared, its containment steps claimed and
 * completed, then closed) and finds every metric docs/operations.md lists, with values that follow
 * from the script.
 */
@QuarkusTest
@TestSecurity(
    user = "mia",
    // admin for the scrape: /q/metrics is admin-only where it shares the public port
    roles = {
      "incident-commander",
      "network-admin",
      "identity-admin",
      "forensics",
      "soc-analyst",
      "admin"
    },
    augmentors = AnyResponderRole.class)
class ServiceMetricsTest {

  private static final Duration WAIT = Duration.ofSeconds(60);

  @Inject CamundaClient client;

  @Test
  void shouldReportIncidentsStepsTimesOutboxEngineAuditAndWorkersAfterAScriptedIncident() {
    // given a declared mid-tier incident
    String id =
        given()
            .contentType(ContentType.JSON)
            .body(IncidentFixtures.json(IncidentFixtures.declaration("Metrics KK", 120)))
            .post("/api/incidents")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getString("id");
    String before = scrape();

    // when its containment steps are claimed and completed, and the incident is closed
    containEverything(id);
    closeThroughIncidentClose(id);
    String after = scrape();

    // then
    assertThat(
            value(
                after,
                "irp_incidents",
                "scenario=\"cloud-config-backup-exposure\",status=\"closed\",tier=\"mid\""))
        .isGreaterThanOrEqualTo(1);
    assertThat(count(after, "irp_incident_time_to_first_action_seconds_count", "mid"))
        .isEqualTo(count(before, "irp_incident_time_to_first_action_seconds_count", "mid") + 1);
    assertThat(count(after, "irp_incident_time_to_contain_seconds_count", "mid"))
        .isEqualTo(count(before, "irp_incident_time_to_contain_seconds_count", "mid") + 1);
    assertThat(count(after, "irp_incident_time_to_close_seconds_count", "mid"))
        .isEqualTo(count(before, "irp_incident_time_to_close_seconds_count", "mid") + 1);
    assertThat(after).contains("irp_incident_time_to_contain_seconds_bucket{");
    assertThat(value(after, "irp_steps_open", "group=\"incident-commander\""))
        .isGreaterThanOrEqualTo(0);
    assertThat(value(after, "irp_steps_overdue", "group=\"network-admin\""))
        .isGreaterThanOrEqualTo(0);
    assertThat(value(after, "irp_outbox_pending", "")).isGreaterThanOrEqualTo(0);
    assertThat(value(after, "irp_outbox_dead", "")).isGreaterThanOrEqualTo(0);
    assertThat(value(after, "irp_outbox_oldest_pending_age_seconds", "")).isGreaterThanOrEqualTo(0);
    assertThat(after).contains("irp_notify_deliveries_total{outcome=\"delivered\"}");
    assertThat(value(after, "irp_engine_command_backlog", "")).isGreaterThanOrEqualTo(0);
    assertThat(value(after, "irp_engine_commit_seconds_count", ""))
        .isGreaterThan(value(before, "irp_engine_commit_seconds_count", ""));
    assertThat(value(after, "irp_audit_appends_total", ""))
        .isGreaterThan(value(before, "irp_audit_appends_total", ""));
    assertThat(after).contains("irp_audit_last_checkpoint_age_seconds");
    assertThat(
            value(after, "camunda_client_worker_job_activated_total", "jobType=\"incident.close\""))
        .isGreaterThan(0);
    assertThat(
            value(after, "camunda_client_worker_job_handled_total", "jobType=\"incident.close\""))
        .isGreaterThan(0);
  }

  /** The filing rows this class stores by hand have negative job keys: nothing else sees them. */
  @AfterEach
  void removeHandMadeFilings() {
    QuarkusTransaction.requiringNew().run(() -> Task.delete("jobKey < 0"));
  }

  @Test
  void shouldCountRegulatorFilingsByHowSoonTheirDeadlineFalls() {
    // given
    String before = scrape();

    // when one filing is due in 6 hours, one in 18 hours and one in 3 days, all unfiled
    filingDueIn(Duration.ofHours(6));
    filingDueIn(Duration.ofHours(18));
    filingDueIn(Duration.ofDays(3));
    String after = scrape();

    // then
    assertThat(value(after, "irp_regulator_deadlines_due_12h", ""))
        .isEqualTo(value(before, "irp_regulator_deadlines_due_12h", "") + 1);
    assertThat(value(after, "irp_regulator_deadlines_due_24h", ""))
        .isEqualTo(value(before, "irp_regulator_deadlines_due_24h", "") + 2);
    // At least 3: the inbox's poll may record legal steps of the suite's other processes meanwhile.
    assertThat(value(after, "irp_steps_open", "group=\"legal\""))
        .isGreaterThanOrEqualTo(value(before, "irp_steps_open", "group=\"legal\"") + 3);
  }

  /** An open filing task as the inbox stores it, without the process that would create it. */
  private static void filingDueIn(Duration due) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              Task task = new Task();
              task.jobKey = -ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50);
              task.processInstanceKey = task.jobKey;
              task.elementInstanceKey = task.jobKey;
              task.bpmnProcessId = "regulatory-obligation";
              task.elementId = "submit-regulator-report";
              task.title = "File: PPC preliminary report";
              task.status = TaskStatus.OPEN;
              task.candidateGroups = "legal";
              task.candidateUsers = "";
              task.dueAt = Instant.now().plus(due);
              task.createdAt = Instant.now();
              task.persist();
            });
  }

  /** Claims, ticks and completes every open step of phase contain until none is left. */
  private void containEverything(String incidentId) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      List<Map<String, Object>> open =
          given()
              .queryParam("incident", incidentId)
              .queryParam("status", "open")
              .get("/api/tasks")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath()
              .getList("findAll { it.phase == 'contain' }");
      if (open.isEmpty() && containedAt(incidentId) != null) {
        return;
      }
      for (Map<String, Object> task : open) {
        long id = Long.parseLong(task.get("id").toString());
        given()
            .contentType(ContentType.JSON)
            .post("/api/tasks/{id}/claim", id)
            .then()
            .statusCode(200);
        int items = ((List<?>) task.get("checklist")).size();
        for (int position = 1; position <= items; position++) {
          given()
              .contentType(ContentType.JSON)
              .body(Map.of("ticked", true))
              .post("/api/tasks/{id}/checklist/{p}", id, position)
              .then()
              .statusCode(200);
        }
        given()
            .contentType(ContentType.JSON)
            .body(Map.of())
            .post("/api/tasks/{id}/complete", id)
            .then()
            .statusCode(200);
      }
      client.newTopologyRequest().send().join(); // a round trip instead of a sleep
    }
    throw new AssertionError("Expected the containment steps of " + incidentId + " to end");
  }

  /**
   * Closes the incident through incident.close, which acts only in the incident's own process
   * instance: a process that waits, then closes, is made the incident's own while it waits.
   */
  private void closeThroughIncidentClose(String incidentId) {
    String processId = "metrics-close-" + UUID.randomUUID();
    String waitType = "test.wait-" + UUID.randomUUID();
    client
        .newDeployResourceCommand()
        .addProcessModel(
            Bpmn.createExecutableProcess(processId)
                .startEvent()
                .serviceTask("wait", t -> t.zeebeJobType(waitType))
                .serviceTask("close", t -> t.zeebeJobType("incident.close"))
                .endEvent()
                .done(),
            processId + ".bpmn")
        .send()
        .join();
    long instance =
        client
            .newCreateInstanceCommand()
            .bpmnProcessId(processId)
            .latestVersion()
            .variables(Map.of("incidentId", incidentId))
            .send()
            .join()
            .getProcessInstanceKey();
    QuarkusTransaction.requiringNew()
        .run(() -> Incident.update("processInstanceKey = ?1 where id = ?2", instance, incidentId));
    var job =
        client
            .newActivateJobsCommand()
            .jobType(waitType)
            .maxJobsToActivate(1)
            .requestTimeout(WAIT)
            .send()
            .join()
            .getJobs();
    assertThat(job).hasSize(1);
    client.newCompleteCommand(job.get(0)).send().join();
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!"CLOSED"
        .equals(given().get("/api/incidents/{id}", incidentId).jsonPath().get("status"))) {
      assertThat(System.nanoTime()).as("incident closed in time").isLessThan(deadline);
      client.newTopologyRequest().send().join();
    }
  }

  private static Object containedAt(String incidentId) {
    return given().get("/api/incidents/{id}", incidentId).jsonPath().get("containedAt");
  }

  private static String scrape() {
    return given().get("/q/metrics").then().statusCode(200).extract().asString();
  }

  private static double count(String scrape, String name, String tier) {
    double v = value(scrape, name, "tier=\"" + tier + "\"");
    return Double.isNaN(v) ? 0 : v;
  }

  /**
   * The value of the first sample of {@code name} whose labels contain {@code labels}; NaN when
   * there is none.
   */
  private static double value(String scrape, String name, String labels) {
    Matcher m =
        Pattern.compile("(?m)^" + Pattern.quote(name) + "(\\{[^}]*\\})? (\\S+)").matcher(scrape);
    while (m.find()) {
      String found = m.group(1) == null ? "" : m.group(1);
      if (found.contains(labels)) {
        return Double.parseDouble(m.group(2));
      }
    }
    return Double.NaN;
  }
}
