package io.irplaybook.inbox;

import static io.irplaybook.inbox.InboxFixtures.as;
import static io.irplaybook.inbox.InboxFixtures.awaitTask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import io.irplaybook.audit.AuditEvent;
import io.irplaybook.audit.AuditRecord;
import io.irplaybook.audit.AuditTrail;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A completion sets only the variables its task declares in its {@code outputs} header, never a
 * reserved one (issue 16), and its audit record keeps the values with secrets redacted. The fixture
 * {@code inbox-declared-outputs.bpmn} routes its verify step by {@code verifyGroups} and declares
 * that reserved name on the rotate step, as a mistaken or malicious deployment would.
 */
@QuarkusTest
class TaskDeclaredOutputsTest {

  static final String PROCESS = "inbox-declared-outputs";

  @Inject InboxFixtures fixtures;
  @Inject AuditTrail audit;

  @BeforeEach
  void users() {
    fixtures.user("do-ines", "incident-commander");
    fixtures.user("do-nina", "network-admin");
    fixtures.user("do-sam", "soc-analyst");
  }

  private String start() {
    return fixtures.startProcess(PROCESS, Map.of("verifyGroups", List.of("soc-analyst")));
  }

  private long claimed(String incident, String elementId, String user) {
    long id = awaitTask("do-ines", incident, elementId);
    as(user).post("/api/tasks/" + id + "/claim").then().statusCode(200);
    return id;
  }

  @Test
  void shouldRefuseVerifyGroupsEvenWhenTheTaskDeclaresItSoTheVerifyStepStaysWithItsOwnGroup() {
    // given
    String incident = start();
    long rotate = claimed(incident, "rotate-credential", "do-nina");

    // when
    var refused =
        as("do-nina")
            .body(
                Map.of(
                    "variables",
                    Map.of("verifyGroups", List.of("network-admin"), "rotationNote", "done")))
            .post("/api/tasks/" + rotate + "/complete");

    // then
    refused
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", containsString("may not set verifyGroups"))
        .body("detail", containsString("accepts only rotationNote, vaultToken"))
        .body("errors.field", equalTo(List.of("variables.verifyGroups")))
        .body("errors[0].message", containsString("Reserved"));
    as("do-nina").get("/api/tasks/" + rotate).then().body("status", is("open"));
    as("do-nina")
        .body(Map.of("variables", Map.of("rotationNote", "done")))
        .post("/api/tasks/" + rotate + "/complete")
        .then()
        .statusCode(200);
    long verify = awaitTask("do-ines", incident, "verify-credential");
    as("do-ines")
        .get("/api/tasks/" + verify)
        .then()
        .body("candidateGroups", equalTo(List.of("soc-analyst")));
    as("do-nina").post("/api/tasks/" + verify + "/claim").then().statusCode(404);
  }

  @Test
  void shouldRefuseAVariableTheTaskDoesNotDeclareAndNameWhatItAccepts() {
    // given
    String incident = start();
    long rotate = claimed(incident, "rotate-credential", "do-nina");

    // when
    var refused =
        as("do-nina")
            .body(Map.of("variables", Map.of("rotationNote", "done", "logsWiped", true)))
            .post("/api/tasks/" + rotate + "/complete");

    // then
    refused
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body(
            "detail",
            allOf(
                containsString("may not set logsWiped;"),
                containsString("accepts only rotationNote, vaultToken.")))
        .body("errors.field", equalTo(List.of("variables.logsWiped")));
    as("do-nina").get("/api/tasks/" + rotate).then().body("status", is("open"));
    assertThat(actions(incident)).doesNotContain("task.completed");
  }

  @Test
  void shouldRefuseIncidentIdOnATaskThatDeclaresNoOutputs() {
    // given
    String incident = start();
    long rotate = claimed(incident, "rotate-credential", "do-nina");
    as("do-nina").body(Map.of()).post("/api/tasks/" + rotate + "/complete").then().statusCode(200);
    long verify = claimed(incident, "verify-credential", "do-sam");

    // when / then
    as("do-sam")
        .body(Map.of("variables", Map.of("incidentId", "INC-SOMEONE-ELSE")))
        .post("/api/tasks/" + verify + "/complete")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", containsString("may not set incidentId; it sets no variables"));
    as("do-sam")
        .get("/api/tasks/" + verify)
        .then()
        .body("outputs", equalTo(List.of()))
        .body("incidentId", is(incident));
  }

  @Test
  void shouldLetTheStepThatDeclaresPersonalDataSetItAndRefuseItElsewhere() {
    // given
    String incident = start();
    long rotate = claimed(incident, "rotate-credential", "do-nina");
    as("do-nina")
        .body(Map.of("variables", Map.of("personalData", false)))
        .post("/api/tasks/" + rotate + "/complete")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("variables.personalData"));
    as("do-nina").body(Map.of()).post("/api/tasks/" + rotate + "/complete").then().statusCode(200);
    long verify = claimed(incident, "verify-credential", "do-sam");
    as("do-sam").body(Map.of()).post("/api/tasks/" + verify + "/complete").then().statusCode(200);
    long assess = claimed(incident, "assess-impact", "do-ines");

    // when
    as("do-ines")
        .body(Map.of("variables", Map.of("personalData", true)))
        .post("/api/tasks/" + assess + "/complete")
        .then()
        .statusCode(200);

    // then: the declared value reached the process, whose gateway took the regulator branch
    long filing = awaitTask("do-ines", incident, "file-regulator-report");
    assertThat(filing).isNotEqualTo(assess);
    as("do-ines")
        .get("/api/tasks/" + assess)
        .then()
        .body("outputs", equalTo(List.of("personalData")));
  }

  @Test
  void shouldKeepTheCompletionValuesInTheAuditRecordWithSecretsRedacted() {
    // given: a configured secret (the test datasource URL is one by the secret-name pattern)
    String secret =
        ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
    String incident = start();
    long rotate = claimed(incident, "rotate-credential", "do-nina");

    // when
    as("do-nina")
        .body(
            Map.of(
                "variables",
                Map.of(
                    "rotationNote",
                    "rotated; old value was " + secret,
                    "vaultToken",
                    "hvs.not-for-the-trail")))
        .post("/api/tasks/" + rotate + "/complete")
        .then()
        .statusCode(200);

    // then
    AuditEvent completed =
        audit.forIncident(incident, 100).stream()
            .map(AuditRecord::event)
            .filter(e -> e.action().equals("task.completed"))
            .findFirst()
            .orElseThrow();
    assertThat(completed.details().get("variables"))
        .isEqualTo(
            Map.of(
                "rotationNote", "rotated; old value was [redacted]", "vaultToken", "[redacted]"));
    assertThat(completed.details().toString()).doesNotContain(secret, "hvs.not-for-the-trail");
  }

  private List<String> actions(String incident) {
    return audit.forIncident(incident, 100).stream()
        .map(AuditRecord::event)
        .map(AuditEvent::action)
        .toList();
  }
}
