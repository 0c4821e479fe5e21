package io.irplaybook.incident;

import static io.irplaybook.incident.IncidentFixtures.declaration;
import static io.irplaybook.incident.IncidentFixtures.json;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.grpc.Status;
import io.irplaybook.incident.service.IncidentLifecycle;
import io.irplaybook.security.service.AnyResponderRole;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/** The process closes the incident through incident.close; a person cancels it with a reason. */
@QuarkusTest
@TestSecurity(user = "ines", roles = "incident-commander", augmentors = AnyResponderRole.class)
class CloseAndCancelTest {

  @Inject CamundaClient client;
  @Inject IncidentLifecycle lifecycle;

  @Test
  void shouldCloseTheIncidentWhenItsOwnProcessReachesIncidentClose() {
    // given a declared incident whose recorded process instance is a process that is only
    // incident-response's last step behind a step the test completes; the whole playbook is too
    // long to walk through here (the playbook tests run it end to end)
    String id = declare("Close KK").jsonPath().getString("id");
    String waitType = "test.wait-" + UUID.randomUUID();
    deploy(closingStepOnly(waitType));
    long instance = startClosingStep(id);
    recordProcessInstance(id, instance);

    // when
    completeJob(waitType);

    // then
    assertThat(statusWithin(id, "CLOSED", Duration.ofSeconds(20))).isEqualTo("CLOSED");
    given()
        .get("/api/incidents/{id}/timeline", id)
        .then()
        .body("action", hasItem("incident.closed"));
    given().get("/api/incidents/{id}", id).then().body("endedAt", Matchers.notNullValue());
  }

  @Test
  void shouldLeaveTheIncidentActiveWhenAnUnrelatedProcessRunsIncidentClose() {
    // given an active incident, and another process naming it in incidentId
    Response declared = declare("Unrelated KK");
    String id = declared.jsonPath().getString("id");
    long own = declared.jsonPath().getLong("processInstanceKey");
    String waitType = "test.wait-" + UUID.randomUUID();
    deploy(closingStepOnly(waitType));
    long unrelated = startClosingStep(id);

    // when
    completeJob(waitType);

    // then: refused once (the job fails without retries), the incident is untouched
    List<Map<String, Object>> refusals = awaitTimeline(id, "incident.close-refused");
    assertThat(refusals).hasSize(1);
    assertThat(refusals.get(0).get("processInstanceKey")).hasToString(Long.toString(unrelated));
    given()
        .get("/api/incidents/{id}", id)
        .then()
        .body("status", equalTo("ACTIVE"))
        .body("endedAt", Matchers.nullValue());
    assertThat(given().get("/api/incidents/{id}", id).jsonPath().getLong("processInstanceKey"))
        .isEqualTo(own);
    assertThat(lifecycle.close(id, 2L, unrelated))
        .isEqualTo(IncidentLifecycle.CloseOutcome.NOT_ITS_PROCESS);
  }

  private static BpmnModelInstance closingStepOnly(String waitType) {
    return Bpmn.createExecutableProcess("incident-close-step")
        .startEvent()
        .serviceTask("wait", task -> task.zeebeJobType(waitType))
        .serviceTask("close", task -> task.zeebeJobType("incident.close"))
        .endEvent()
        .done();
  }

  private void deploy(BpmnModelInstance model) {
    client
        .newDeployResourceCommand()
        .addProcessModel(model, "incident-close-step.bpmn")
        .send()
        .join();
  }

  private long startClosingStep(String incidentId) {
    return client
        .newCreateInstanceCommand()
        .bpmnProcessId("incident-close-step")
        .latestVersion()
        .variables(Map.of("incidentId", incidentId))
        .send()
        .join()
        .getProcessInstanceKey();
  }

  /** Makes the test's process the incident's own, as if incident-response had started it. */
  private static void recordProcessInstance(String incidentId, long processInstanceKey) {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                Incident.update(
                    "processInstanceKey = ?1 where id = ?2", processInstanceKey, incidentId));
  }

  private void completeJob(String type) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
    while (Instant.now().isBefore(deadline)) {
      List<ActivatedJob> jobs =
          client
              .newActivateJobsCommand()
              .jobType(type)
              .maxJobsToActivate(1)
              .requestTimeout(Duration.ofSeconds(2))
              .send()
              .join()
              .getJobs();
      if (!jobs.isEmpty()) {
        client.newCompleteCommand(jobs.get(0)).send().join();
        return;
      }
    }
    throw new AssertionError("Expected a job of type " + type + ", but none became activatable");
  }

  /** The incident's timeline entries of this action, once at least one is there or time is up. */
  private List<Map<String, Object>> awaitTimeline(String id, String action) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
    List<Map<String, Object>> found;
    do {
      client.newTopologyRequest().send().join(); // a round trip to the engine instead of a sleep
      found =
          given()
              .get("/api/incidents/{id}/timeline", id)
              .jsonPath()
              .getList("findAll { it.action == '" + action + "' }");
    } while (found.isEmpty() && Instant.now().isBefore(deadline));
    return found;
  }

  @Test
  void shouldCloseOnlyOnceWhenTheJobIsDeliveredAgain() {
    // given an incident the worker already closed
    Response declared = declare("Redelivery KK");
    String id = declared.jsonPath().getString("id");
    long processInstanceKey = declared.jsonPath().getLong("processInstanceKey");
    var first = lifecycle.close(id, 1L, processInstanceKey);

    // when the same job arrives again
    var second = lifecycle.close(id, 1L, processInstanceKey);

    // then
    assertThat(first).isEqualTo(IncidentLifecycle.CloseOutcome.CLOSED);
    assertThat(second).isEqualTo(IncidentLifecycle.CloseOutcome.ENDED_ALREADY);
    assertThat(given().get("/api/incidents/{id}/timeline", id).jsonPath().getList("action"))
        .containsOnlyOnce("incident.closed");
  }

  @Test
  void shouldCancelTheProcessInstanceAndMarkTheIncidentCancelled() {
    // given
    Response declared = declare("Cancel KK");
    String id = declared.jsonPath().getString("id");
    long processInstanceKey = declared.jsonPath().getLong("processInstanceKey");

    // when
    Response cancelled =
        given()
            .contentType(ContentType.JSON)
            .body(json(Map.of("reason", "False positive: test backup")))
            .post("/api/incidents/{id}/cancel", id);

    // then
    cancelled
        .then()
        .statusCode(200)
        .body("status", equalTo("CANCELLED"))
        .body("endReason", equalTo("False positive: test backup"));
    assertThatThrownBy(() -> client.newCancelInstanceCommand(processInstanceKey).send().join())
        .isInstanceOfSatisfying(
            ClientStatusException.class,
            e -> assertThat(e.getStatusCode()).isEqualTo(Status.Code.NOT_FOUND));
    var timeline = given().get("/api/incidents/{id}/timeline", id).jsonPath();
    assertThat(timeline.getList("action")).contains("incident.cancelled");
  }

  @Test
  void shouldRefuseToCancelTwice() {
    // given
    String id = declare("Twice KK").jsonPath().getString("id");
    cancel(id, "duplicate of another incident").then().statusCode(200);

    // when
    Response again = cancel(id, "again");

    // then
    again.then().statusCode(409).contentType("application/problem+json");
  }

  @Test
  void shouldRequireAReasonToCancel() {
    // given
    String id = declare("Reasonless KK").jsonPath().getString("id");

    // when
    Response response =
        given()
            .contentType(ContentType.JSON)
            .body("{\"reason\": \"  \"}")
            .post("/api/incidents/{id}/cancel", id);

    // then
    response
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("reason"));
    given().get("/api/incidents/{id}", id).then().body("status", equalTo("ACTIVE"));
  }

  @Test
  void shouldAnswer404ForCancellingAnUnknownIncident() {
    // when
    Response response = cancel("INC-1999-0001", "typo");

    // then
    response.then().statusCode(404).contentType("application/problem+json");
  }

  @Test
  @TestSecurity(user = "sam", roles = "soc-analyst", augmentors = AnyResponderRole.class)
  void shouldNotLetAnAnalystCancel() {
    // when
    Response response = cancel("INC-1999-0001", "not mine to cancel");

    // then
    response.then().statusCode(403);
  }

  private static Response declare(String organisation) {
    Response response =
        given()
            .contentType(ContentType.JSON)
            .body(json(declaration(organisation, 120)))
            .post("/api/incidents");
    response.then().statusCode(201);
    return response;
  }

  private static Response cancel(String id, String reason) {
    return given()
        .contentType(ContentType.JSON)
        .body(json(Map.of("reason", reason)))
        .post("/api/incidents/{id}/cancel", id);
  }

  /**
   * Polls the API (the worker closes asynchronously) until the status is reached or the time is up.
   */
  private static String statusWithin(String id, String expected, Duration within) {
    Instant deadline = Instant.now().plus(within);
    String status;
    do {
      status = given().get("/api/incidents/{id}", id).jsonPath().getString("status");
    } while (!expected.equals(status) && Instant.now().isBefore(deadline));
    return status;
  }
}
