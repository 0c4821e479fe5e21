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
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.grpc.Status;
import io.irplaybook.incident.service.IncidentLifecycle;
import io.irplaybook.security.service.AnyResponderRole;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/** The process closes the incident through incident.close; a person cancels it with a reason. */
@QuarkusTest
@TestSecurity(user = "ines", roles = "incident-commander", augmentors = AnyResponderRole.class)
class CloseAndCancelTest {

  @Inject CamundaClient client;
  @Inject IncidentLifecycle lifecycle;

  @Test
  void shouldCloseTheIncidentWhenTheProcessReachesIncidentClose() {
    // given a declared incident, and a process that is only incident-response's last step; the
    // whole
    // playbook is too long to walk through here (the playbook tests run it end to end)
    Response declared = declare("Close KK");
    String id = declared.jsonPath().getString("id");
    client
        .newDeployResourceCommand()
        .addProcessModel(closingStepOnly(), "incident-close-step.bpmn")
        .send()
        .join();

    // when
    client
        .newCreateInstanceCommand()
        .bpmnProcessId("incident-close-step")
        .latestVersion()
        .variables(Map.of("incidentId", id))
        .send()
        .join();

    // then
    assertThat(statusWithin(id, "CLOSED", Duration.ofSeconds(20))).isEqualTo("CLOSED");
    given()
        .get("/api/incidents/{id}/timeline", id)
        .then()
        .body("action", hasItem("incident.closed"));
    given().get("/api/incidents/{id}", id).then().body("endedAt", Matchers.notNullValue());
  }

  private static BpmnModelInstance closingStepOnly() {
    return Bpmn.createExecutableProcess("incident-close-step")
        .startEvent()
        .serviceTask("close", task -> task.zeebeJobType("incident.close"))
        .endEvent()
        .done();
  }

  @Test
  void shouldCloseOnlyOnceWhenTheJobIsDeliveredAgain() {
    // given an incident the worker already closed
    Response declared = declare("Redelivery KK");
    String id = declared.jsonPath().getString("id");
    long processInstanceKey = declared.jsonPath().getLong("processInstanceKey");
    boolean first = lifecycle.close(id, 1L, processInstanceKey);

    // when the same job arrives again
    boolean second = lifecycle.close(id, 1L, processInstanceKey);

    // then
    assertThat(first).isTrue();
    assertThat(second).isFalse();
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
