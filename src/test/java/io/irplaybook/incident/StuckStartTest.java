package io.irplaybook.incident;

import static io.irplaybook.incident.IncidentFixtures.declaration;
import static io.irplaybook.incident.IncidentFixtures.json;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.CamundaClient;
import io.irplaybook.incident.service.IncidentEngine;
import io.irplaybook.incident.service.StuckStarts;
import io.irplaybook.platform.TestClock;
import io.irplaybook.security.service.AnyResponderRole;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A start that crashed half-way (between CreateProcessInstance and recording ACTIVE) leaves the
 * incident STARTING; once the attempt is old enough, a search for the instance carrying its
 * incidentId resolves it exactly once (recorded if it exists, started if not), by itself or when an
 * operator retries it, and a client retrying with its Idempotency-Key learns the incident instead
 * of a 409 for ever. The crash is played by {@link FlakyEngine}, which fails the start with an
 * unexpected error, before or after really creating the instance. The inbox worker runs, so a
 * created instance shows its step.
 */
@QuarkusTest
@TestSecurity(user = "ic", roles = "incident-commander", augmentors = AnyResponderRole.class)
class StuckStartTest {

  private static final Duration PAST_THE_LIMIT = Duration.ofMinutes(3);

  @Inject CamundaClient client;
  @Inject ObjectMapper json;
  @Inject TestClock clock;
  @Inject StuckStarts stuckStarts;

  FlakyEngine engine;

  @BeforeEach
  void replaceEngine() {
    engine = new FlakyEngine(new IncidentEngine(client, json));
    engine.down = false;
    QuarkusMock.installMockForType(engine, IncidentEngine.class);
  }

  @Test
  void shouldRetryAStuckStartOnlyAfterTheLimitAndStartItExactlyOnce() {
    // given: the replica "dies" before CreateProcessInstance reaches the engine
    engine.crashBeforeCreate = true;
    String id = declareAndCrash("Stuck Before KK", null);
    given()
        .get("/api/incidents/{id}", id)
        .then()
        .statusCode(200)
        .body("status", equalTo("STARTING"));
    engine.crashBeforeCreate = false;

    // when: retried at once, the start might still be running
    retryStart(id).then().statusCode(409).body("title", equalTo("Start still in progress"));
    clock.advance(PAST_THE_LIMIT);
    Response retried = retryStart(id);

    // then
    retried
        .then()
        .statusCode(200)
        .body("status", equalTo("ACTIVE"))
        .body("processInstanceKey", notNullValue());
    assertThat(engine.startedIncidents).containsExactly(id);
    assertThat(given().get("/api/incidents/{id}/timeline", id).jsonPath().getList("action"))
        .containsSubsequence("incident.declared", "incident.start-retried", "incident.started");
    retryStart(id).then().statusCode(409).body("title", equalTo("Incident is not stuck starting"));
  }

  @Test
  void shouldRecordTheExistingInstanceInsteadOfStartingASecondWhenAnOperatorRetries() {
    // given: the instance was created, only recording it was lost
    engine.crashAfterCreate = true;
    String id = declareAndCrash("Stuck After KK", null);
    engine.crashAfterCreate = false;
    clock.advance(PAST_THE_LIMIT);

    // when
    Response retried = retryStart(id);

    // then
    retried.then().statusCode(200).body("status", equalTo("ACTIVE"));
    assertThat(engine.startedIncidents).containsExactly(id);
    assertThat(engine.instancesOf(id))
        .containsExactly(retried.jsonPath().getLong("processInstanceKey"));
    awaitOpenStep(id);
  }

  @Test
  void shouldResolveStuckStartsByThemselvesExactlyOnce() {
    // given: one replica died after creating the instance, another before
    engine.crashAfterCreate = true;
    String created = declareAndCrash("Stuck Auto After KK", null);
    engine.crashAfterCreate = false;
    engine.crashBeforeCreate = true;
    String notCreated = declareAndCrash("Stuck Auto Before KK", null);
    engine.crashBeforeCreate = false;
    stuckStarts.resolveAll();
    for (String id : List.of(created, notCreated)) {
      given().get("/api/incidents/{id}", id).then().body("status", equalTo("STARTING"));
    }
    clock.advance(PAST_THE_LIMIT);

    // when
    stuckStarts.resolveAll();
    stuckStarts.resolveAll();

    // then each incident runs exactly one process instance, though resolved twice
    for (String id : List.of(created, notCreated)) {
      Response incident = given().get("/api/incidents/{id}", id);
      incident.then().body("status", equalTo("ACTIVE"));
      assertThat(engine.instancesOf(id))
          .as("process instances of %s", id)
          .containsExactly(incident.jsonPath().getLong("processInstanceKey"));
    }
    assertThat(engine.startedIncidents).containsOnlyOnce(created, notCreated);
    assertThat(given().get("/api/incidents/{id}/timeline", notCreated).jsonPath().getList("action"))
        .containsSubsequence("incident.declared", "incident.start-retried", "incident.started");
  }

  @Test
  void shouldAnswerAnIdempotentRetryWithTheStoredIncidentOnceTheFirstRequestIsStuck() {
    // given
    engine.crashBeforeCreate = true;
    String key = UUID.randomUUID().toString();
    String body = json(declaration(unique("Stuck Key KK"), 120));
    String id = declareAndCrash(body, key);
    int before = IncidentFixtures.totalIncidents();

    // when
    Response tooSoon = declare(body, key);
    clock.advance(PAST_THE_LIMIT);
    Response later = declare(body, key);

    // then
    tooSoon.then().statusCode(409);
    later.then().statusCode(202).body("id", equalTo(id)).body("status", equalTo("STARTING"));
    assertThat(later.header("Location")).endsWith("/api/incidents/" + id);
    assertThat(IncidentFixtures.totalIncidents()).isEqualTo(before);
    assertThat(engine.startedIncidents).isEmpty();

    // and once an operator has retried it, the same request answers with the running incident
    engine.crashBeforeCreate = false;
    retryStart(id).then().statusCode(200);
    declare(body, key)
        .then()
        .statusCode(201)
        .body("id", equalTo(id))
        .body("status", equalTo("ACTIVE"));
    assertThat(engine.startedIncidents).containsExactly(id);
  }

  @Test
  void shouldRequireAReasonAndAKnownIncident() {
    given()
        .contentType(ContentType.JSON)
        .body("{}")
        .post("/api/incidents/{id}/retry-start", "INC-1999-0001")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("reason"));
    retryStart("INC-1999-0001").then().statusCode(404);
  }

  @Test
  @TestSecurity(user = "siem", roles = "reporter")
  void shouldNotLetAReporterRetryAStart() {
    retryStart("INC-1999-0001").then().statusCode(403);
  }

  private String declareAndCrash(String organisationOrBody, String key) {
    String body =
        organisationOrBody.startsWith("{")
            ? organisationOrBody
            : json(declaration(unique(organisationOrBody), 120));
    declare(body, key).then().statusCode(500);
    // The declaration itself committed before the start: find it by its organisation.
    String organisation =
        (String) ((Map<?, ?>) IncidentFixtures.organization(read(body))).get("name");
    List<String> ids =
        given().queryParam("q", organisation).get("/api/incidents").jsonPath().getList("items.id");
    assertThat(ids).hasSize(1);
    return ids.get(0);
  }

  /** Organisation names are how a crashed declaration is found again, so each run gets its own. */
  private static String unique(String organisation) {
    return organisation + " " + UUID.randomUUID().toString().substring(0, 8);
  }

  private Response declare(String body, String key) {
    var request = given().contentType(ContentType.JSON).body(body);
    if (key != null) {
      request.header("Idempotency-Key", key);
    }
    return request.post("/api/incidents");
  }

  private static Response retryStart(String id) {
    return given()
        .contentType(ContentType.JSON)
        .body(Map.of("reason", "Operate shows no instance for " + id))
        .post("/api/incidents/{id}/retry-start", id);
  }

  private static void awaitOpenStep(String id) {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      if (!given().get("/api/incidents/{id}", id).jsonPath().getList("openSteps").isEmpty()) {
        return;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError(
        "Expected a step of " + id + " in the inbox within 30 s, but none came");
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> read(String body) {
    try {
      return json.readValue(body, Map.class);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
