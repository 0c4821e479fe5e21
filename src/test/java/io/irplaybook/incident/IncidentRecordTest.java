package io.irplaybook.incident;

import static io.irplaybook.incident.IncidentFixtures.declaration;
import static io.irplaybook.incident.IncidentFixtures.json;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ProcessInstanceResult;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.irplaybook.incident.service.RecordedFacts;
import io.irplaybook.security.service.AnyResponderRole;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * incident.record copies what the playbook decided (a raised severity, a corrected awareness time)
 * onto the incident record, audited, and never lowers a severity.
 */
@QuarkusTest
@TestSecurity(user = "ines", roles = "incident-commander", augmentors = AnyResponderRole.class)
class IncidentRecordTest {

  @Inject CamundaClient client;
  @Inject RecordedFacts facts;

  @Test
  void shouldShowTheRaisedSeverityOnTheIncidentAndItsTimeline() {
    String id = declare("Raised KK");

    runRecordStep(id, "severity", Map.of("severity", "critical"));

    JsonPath incident = incident(id);
    assertThat(incident.getString("severity")).isEqualTo("critical");
    List<Map<String, Object>> raised = timeline(id, "incident.severity-raised");
    assertThat(raised).hasSize(1);
    assertThat(raised.get(0).get("details")).isEqualTo(Map.of("from", "high", "to", "critical"));
  }

  @Test
  void shouldNeverLowerTheRecordedSeverity() {
    String id = declare("Never Lower KK");

    runRecordStep(id, "severity", Map.of("severity", "low"));

    assertThat(incident(id).getString("severity")).isEqualTo("high");
    assertThat(timeline(id, "incident.severity-raised")).isEmpty();
  }

  @Test
  void shouldRecordACorrectedAwarenessTimeOnceEvenWhenRecordedTwice() {
    String id = declare("Corrected KK");
    String declaredAt = incident(id).getString("awareAt");

    runRecordStep(id, "awareAt", Map.of("awareAt", "2026-11-30T22:15:00Z"));
    runRecordStep(id, "awareAt", Map.of("awareAt", "2026-11-30T22:15:00Z"));

    assertThat(incident(id).getString("awareAt")).isEqualTo("2026-11-30T22:15:00Z");
    List<Map<String, Object>> corrected = timeline(id, "incident.aware-at-corrected");
    assertThat(corrected).hasSize(1);
    assertThat(corrected.get(0).get("details"))
        .isEqualTo(Map.of("from", declaredAt, "to", "2026-11-30T22:15:00Z"));
  }

  @Test
  void shouldRefuseValuesTheRecordCannotTakeNamingThem() {
    String id = declare("Refused KK");

    assertThatThrownBy(() -> facts.raiseSeverity(id, "catastrophic", 1L))
        .isInstanceOf(RecordedFacts.UnrecordableException.class)
        .hasMessageContaining("'catastrophic'");
    assertThatThrownBy(() -> facts.correctAwareness(id, "yesterday", 1L))
        .isInstanceOf(RecordedFacts.UnrecordableException.class)
        .hasMessageContaining("'yesterday'");
    assertThatThrownBy(() -> facts.raiseSeverity("INC-NOPE", "critical", 1L))
        .isInstanceOf(RecordedFacts.UnrecordableException.class)
        .hasMessageContaining("INC-NOPE");
    assertThat(incident(id).getString("severity")).isEqualTo("high");
  }

  /** Runs a one-step process of incident.record for {@code id} and waits for it to end. */
  private void runRecordStep(String id, String fields, Map<String, Object> values) {
    String processId = "record-" + UUID.randomUUID();
    var model =
        Bpmn.createExecutableProcess(processId)
            .startEvent()
            .serviceTask(
                "record", t -> t.zeebeJobType("incident.record").zeebeTaskHeader("fields", fields))
            .endEvent()
            .done();
    client.newDeployResourceCommand().addProcessModel(model, processId + ".bpmn").send().join();
    Map<String, Object> variables = new java.util.HashMap<>(values);
    variables.put("incidentId", id);
    ProcessInstanceResult result =
        client
            .newCreateInstanceCommand()
            .bpmnProcessId(processId)
            .latestVersion()
            .variables(variables)
            .withResult()
            .requestTimeout(Duration.ofSeconds(30))
            .send()
            .join();
    assertThat(result.getProcessInstanceKey()).isPositive();
  }

  private static String declare(String organisation) {
    return given()
        .contentType(ContentType.JSON)
        .body(json(declaration(organisation, 120)))
        .post("/api/incidents")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getString("id");
  }

  private static JsonPath incident(String id) {
    return given().get("/api/incidents/{id}", id).then().statusCode(200).extract().jsonPath();
  }

  private static List<Map<String, Object>> timeline(String id, String action) {
    List<Map<String, Object>> all =
        given().get("/api/incidents/{id}/timeline", id).then().extract().jsonPath().getList("$");
    return all.stream().filter(e -> action.equals(e.get("action"))).toList();
  }
}
