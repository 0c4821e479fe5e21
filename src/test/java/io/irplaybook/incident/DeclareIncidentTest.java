package io.irplaybook.incident;

import static io.irplaybook.incident.IncidentFixtures.declaration;
import static io.irplaybook.incident.IncidentFixtures.json;
import static io.irplaybook.incident.IncidentFixtures.organization;
import static io.irplaybook.incident.IncidentFixtures.totalIncidents;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import io.camunda.client.CamundaClient;
import io.irplaybook.inbox.InboxWorkerOffProfile;
import io.irplaybook.security.service.AnyResponderRole;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

/**
 * POST /api/incidents: tier at once, the process started with the contract's variables, and every
 * refusal.
 */
@QuarkusTest
// The test takes the incident's first user-task job itself, so the inbox must not hold it.
@TestProfile(InboxWorkerOffProfile.class)
@TestSecurity(user = "alice", roles = "incident-commander", augmentors = AnyResponderRole.class)
class DeclareIncidentTest {

  @Inject CamundaClient client;

  @Test
  void shouldAnswerWithTheTierAndStartTheProcessUntilTheFirstHumanStepWaits() {
    // given
    var body = declaration("Acme KK", 120);

    // when
    Response response =
        given().contentType(ContentType.JSON).body(json(body)).post("/api/incidents");

    // then
    response
        .then()
        .statusCode(201)
        .header("Location", containsString("/api/incidents/INC-"))
        .body("id", matchesPattern("INC-\\d{4}-\\d{4,}"))
        .body("tier", equalTo("mid"))
        .body("playbook", equalTo("playbook-mid"))
        .body("tierRule", notNullValue())
        .body("status", equalTo("ACTIVE"))
        .body("processInstanceKey", notNullValue());
    Map<String, Object> variables =
        IncidentFixtures.waitingUserTask(
                client, response.jsonPath().getString("id"), Duration.ofSeconds(20))
            .orElseThrow();
    assertThat(variables)
        .containsEntry("incidentId", response.jsonPath().getString("id"))
        .containsEntry("scenario", "cloud-config-backup-exposure")
        .containsEntry("employees", 120)
        .containsEntry("locale", "ja")
        .containsEntry("personalData", true)
        .containsEntry("jurisdictions", List.of("JP"))
        .containsKeys(
            "organization",
            "assets",
            "notifyChannels",
            "tierOverride",
            "tierOverrideReason",
            "title",
            "severity");
    assertThat(variables.get("tierDecision"))
        .asInstanceOf(InstanceOfAssertFactories.MAP)
        .containsEntry("tier", "mid");
  }

  @Test
  void shouldRecordTheDeclarationAndTheTierDecisionWithItsRuleAndInputsInTheTimeline() {
    // given
    String id =
        given()
            .contentType(ContentType.JSON)
            .body(json(declaration("Timeline Ltd", 800)))
            .post("/api/incidents")
            .then()
            .statusCode(201)
            .extract()
            .path("id");

    // when
    Response timeline = given().get("/api/incidents/{id}/timeline", id);

    // then
    timeline
        .then()
        .statusCode(200)
        .body("action", hasItem("incident.declared"))
        .body("action", hasItem("incident.tier-decided"))
        .body("action", hasItem("incident.started"));
    List<Map<String, Object>> entries = timeline.jsonPath().getList("$");
    assertThat(entries.get(0))
        .containsEntry("action", "incident.declared")
        .containsEntry("actor", "alice");
    Map<String, Object> decided =
        entries.stream()
            .filter(e -> e.get("action").equals("incident.tier-decided"))
            .findFirst()
            .orElseThrow();
    assertThat(decided.get("details"))
        .asInstanceOf(InstanceOfAssertFactories.MAP)
        .containsEntry("tier", "large")
        .containsKeys("rule", "inputs");
  }

  @Test
  void shouldHonourATierOverrideAndStoreItsReason() {
    // given
    var body = declaration("Override GmbH", 20);
    body.put("tierOverride", "large");
    body.put("tierOverrideReason", "Regulated operator of critical infrastructure (CISO decision)");

    // when
    Response response =
        given().contentType(ContentType.JSON).body(json(body)).post("/api/incidents");

    // then
    response
        .then()
        .statusCode(201)
        .body("tier", equalTo("large"))
        .body("tierRule", equalTo("override"))
        .body("tierOverride", equalTo("large"))
        .body(
            "tierOverrideReason",
            equalTo("Regulated operator of critical infrastructure (CISO decision)"));
  }

  @Test
  void shouldRejectOverrideWithoutReasonAndStoreNothing() {
    // given
    var body = declaration("No Reason Inc", 20);
    body.put("tierOverride", "large");
    int before = totalIncidents();

    // when
    Response response =
        given().contentType(ContentType.JSON).body(json(body)).post("/api/incidents");

    // then
    response
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("status", equalTo(400))
        .body("detail", notNullValue())
        .body("errors.field", hasItem("tierOverrideReason"));
    assertThat(totalIncidents()).isEqualTo(before);
  }

  @Test
  void shouldNameEveryBadFieldWithWhatIsExpected() {
    // given
    var body = declaration("Bad Fields", 120);
    body.put("scenario", "alien-invasion");
    body.put("severity", "apocalyptic");
    organization(body).put("employees", -3);
    organization(body).put("name", "");
    int before = totalIncidents();

    // when
    Response response =
        given().contentType(ContentType.JSON).body(json(body)).post("/api/incidents");

    // then
    response.then().statusCode(400).contentType("application/problem+json");
    List<Map<String, String>> errors = response.jsonPath().getList("errors");
    assertThat(errors)
        .extracting(e -> e.get("field"))
        .contains("scenario", "severity", "organization.employees", "organization.name");
    assertThat(errors)
        .filteredOn(e -> e.get("field").equals("organization.employees"))
        .extracting(e -> e.get("message"))
        .allMatch(m -> m.contains("positive integer"));
    assertThat(errors)
        .filteredOn(e -> e.get("field").equals("scenario"))
        .extracting(e -> e.get("message"))
        .allMatch(m -> m.contains("cloud-config-backup-exposure"));
    assertThat(totalIncidents()).isEqualTo(before);
  }

  @Test
  void shouldRejectEmployeesSentAsTextOrFraction() {
    // given
    var body = declaration("Text Employees", 120);
    organization(body).put("employees", "120");

    // when
    Response response =
        given().contentType(ContentType.JSON).body(json(body)).post("/api/incidents");

    // then
    response.then().statusCode(400).body("errors.field", hasItem("organization.employees"));
  }

  @Test
  void shouldRefuseAnUnknownTierOverrideInsteadOfIgnoringIt() {
    // given (issue 14, point 9)
    var body = declaration("Huge Tier", 120);
    body.put("tierOverride", "huge");
    body.put("tierOverrideReason", "Board decision");

    // when
    Response response =
        given().contentType(ContentType.JSON).body(json(body)).post("/api/incidents");

    // then
    response
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("tierOverride"))
        .body("errors.message", hasItem(containsString("[large, mid, small]")));
  }

  @Test
  void shouldRefuseAMissingEmployeeCountAtIntakeNamingTheField() {
    // given (issue 14, point 9): without it the tier decision could not run
    var body = declaration("No Headcount", 120);
    organization(body).remove("employees");

    // when
    Response response =
        given().contentType(ContentType.JSON).body(json(body)).post("/api/incidents");

    // then
    response
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("organization.employees"))
        .body("errors.message", hasItem(containsString("number of employees")));
  }

  @Test
  void shouldPassAwarenessAndExposureStartAndAnUnknownPersonalDataFlagToThePlaybook() {
    // given
    var body = declaration("Aware Early", 120);
    body.put("awareAt", "2026-04-01T09:30:00+09:00");
    body.put("exposureStart", "2025-09-01");
    organization(body).remove("personalData");

    // when
    Response response =
        given().contentType(ContentType.JSON).body(json(body)).post("/api/incidents");

    // then
    response
        .then()
        .statusCode(201)
        .body("awareAt", equalTo("2026-04-01T00:30:00Z"))
        .body("exposureStart", equalTo("2025-09-01"));
    Map<String, Object> variables =
        IncidentFixtures.waitingUserTask(
                client, response.jsonPath().getString("id"), Duration.ofSeconds(20))
            .orElseThrow();
    assertThat(variables)
        .containsEntry("awareAt", "2026-04-01T00:30:00Z")
        .containsEntry("exposureStart", "2025-09-01")
        .containsEntry("personalData", null);
  }

  @Test
  void shouldAnchorTheRegulatorClocksAtTheDeclarationTimeWhenAwarenessIsNotGiven() {
    // given
    var body = declaration("Aware At Declaration", 120);

    // when
    Response response =
        given().contentType(ContentType.JSON).body(json(body)).post("/api/incidents");

    // then the record and the process agree on one anchor: the declaration time
    response.then().statusCode(201);
    String declaredAt = response.jsonPath().getString("declaredAt");
    assertThat(response.jsonPath().getString("awareAt")).isEqualTo(declaredAt);
    Map<String, Object> variables =
        IncidentFixtures.waitingUserTask(
                client, response.jsonPath().getString("id"), Duration.ofSeconds(20))
            .orElseThrow();
    assertThat(Instant.parse((String) variables.get("awareAt")))
        .isEqualTo(Instant.parse(declaredAt));
  }

  @Test
  void shouldRejectAnAwarenessTimeWithoutAnOffset() {
    // given
    var body = declaration("Local Time", 120);
    body.put("awareAt", "2026-04-01T09:30:00");

    // when
    Response response =
        given().contentType(ContentType.JSON).body(json(body)).post("/api/incidents");

    // then
    response.then().statusCode(400).body("errors.field", hasItem("awareAt"));
  }

  @Test
  void shouldRejectABodyOverOneMebibyteWithAProblem() {
    // given
    var body = declaration("Huge Body", 120);
    body.put("padding", "x".repeat(1024 * 1024));
    int before = totalIncidents();

    // when
    Response response =
        given().contentType(ContentType.JSON).body(json(body)).post("/api/incidents");

    // then
    response
        .then()
        .statusCode(413)
        .contentType("application/problem+json")
        .body("detail", containsString("1048576"));
    assertThat(totalIncidents()).isEqualTo(before);
  }

  @Test
  void shouldRejectAWrongContentTypeWithAProblem() {
    // when
    Response response =
        given()
            .contentType("text/plain")
            .body(json(declaration("Plain Text", 120)))
            .post("/api/incidents");

    // then
    response
        .then()
        .statusCode(415)
        .contentType("application/problem+json")
        .body("detail", containsString("application/json"));
  }

  @Test
  void shouldRejectMalformedJsonWithAProblem() {
    // when
    Response response =
        given().contentType(ContentType.JSON).body("{\"title\": ").post("/api/incidents");

    // then
    response
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("title", equalTo("Malformed JSON"));
  }

  @Test
  @TestSecurity(user = "audrey", roles = "auditor")
  void shouldNotLetAnAuditorDeclare() {
    // when
    Response response =
        given()
            .contentType(ContentType.JSON)
            .body(json(declaration("Auditor", 120)))
            .post("/api/incidents");

    // then
    response.then().statusCode(403);
  }

  @Test
  @TestSecurity(user = "siem", roles = "reporter")
  void shouldLetAReporterDeclare() {
    // when
    Response response =
        given()
            .contentType(ContentType.JSON)
            .body(json(declaration("Reporter", 10)))
            .post("/api/incidents");

    // then
    response
        .then()
        .statusCode(201)
        .body("tier", equalTo("small"))
        .body("declaredBy", equalTo("siem"));
  }
}
