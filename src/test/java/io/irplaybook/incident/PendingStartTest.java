package io.irplaybook.incident;

import static io.irplaybook.incident.IncidentFixtures.declaration;
import static io.irplaybook.incident.IncidentFixtures.json;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.CamundaClient;
import io.irplaybook.inbox.InboxWorkerOffProfile;
import io.irplaybook.incident.service.IncidentEngine;
import io.irplaybook.incident.service.IncidentStore;
import io.irplaybook.incident.service.PendingStarts;
import io.irplaybook.security.service.AnyResponderRole;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An unreachable engine never loses a declaration: the incident is stored as PENDING_START and
 * started exactly once when the engine answers again. The engine bean is replaced for each test by
 * {@link FlakyEngine}; the embedded engine itself keeps running.
 */
@QuarkusTest
// The test takes the incident's first user-task job itself, so the inbox must not hold it.
@TestProfile(InboxWorkerOffProfile.class)
@TestSecurity(user = "siem", roles = "reporter")
class PendingStartTest {

  @Inject CamundaClient client;
  @Inject ObjectMapper json;
  @Inject PendingStarts pendingStarts;
  @Inject IncidentStore store;

  FlakyEngine engine;

  @BeforeEach
  void replaceEngine() {
    engine = new FlakyEngine(new IncidentEngine(client, json));
    QuarkusMock.installMockForType(engine, IncidentEngine.class);
  }

  @Test
  void shouldStoreAsPendingStartWhenTheEngineIsUnreachableAndStartItOnceItIsBack() {
    // given
    Response declared =
        given()
            .contentType(ContentType.JSON)
            .body(json(declaration("Offline KK", 120)))
            .post("/api/incidents");
    declared
        .then()
        .statusCode(202)
        .body("status", equalTo("PENDING_START"))
        .body("tier", nullValue())
        .body("processInstanceKey", nullValue())
        .body("startError", notNullValue());
    String id = declared.jsonPath().getString("id");

    // when
    engine.down = false;
    pendingStarts.runOnce();
    pendingStarts.runOnce();

    // then
    Response started = given().get("/api/incidents/{id}", id);
    started
        .then()
        .statusCode(200)
        .body("status", equalTo("ACTIVE"))
        .body("tier", equalTo("mid"))
        .body("processInstanceKey", notNullValue())
        .body("startError", nullValue());
    assertThat(engine.startedIncidents).containsOnlyOnce(id);
    var firstStep = IncidentFixtures.waitingUserTask(client, id, Duration.ofSeconds(20));
    assertThat(firstStep).isPresent();
    assertThat(Instant.parse((String) firstStep.get().get("awareAt")))
        .as("a late start keeps the regulator clocks anchored at the declaration")
        .isEqualTo(Instant.parse(declared.jsonPath().getString("declaredAt")));
    assertThat(given().get("/api/incidents/{id}/timeline", id).jsonPath().getList("action"))
        .containsOnlyOnce("incident.declared", "incident.tier-decided", "incident.started");
  }

  @Test
  void shouldLetOnlyOneClaimantStartAPendingIncident() {
    // given
    String id =
        given()
            .contentType(ContentType.JSON)
            .body(json(declaration("Race KK", 120)))
            .post("/api/incidents")
            .then()
            .statusCode(202)
            .extract()
            .path("id");

    // when two replicas claim it
    boolean first = store.claimPending(id);
    boolean second = store.claimPending(id);

    // then
    assertThat(first).isTrue();
    assertThat(second).isFalse();
    assertThat(store.find(id).status).isEqualTo(IncidentStatus.STARTING);
  }

  @Test
  void shouldKeepItPendingWhileTheEngineIsStillAway() {
    // given
    String id =
        given()
            .contentType(ContentType.JSON)
            .body(json(declaration("Still Offline", 120)))
            .post("/api/incidents")
            .then()
            .statusCode(202)
            .extract()
            .path("id");

    // when
    int started = pendingStarts.runOnce();

    // then
    assertThat(started).isZero();
    given().get("/api/incidents/{id}", id).then().body("status", equalTo("PENDING_START"));
  }

  @Test
  void shouldReplayThe202ForARetryWithTheSameKey() {
    // given
    String key = UUID.randomUUID().toString();
    String body = json(declaration("Pending Retry", 120));
    Response first =
        given()
            .contentType(ContentType.JSON)
            .header("Idempotency-Key", key)
            .body(body)
            .post("/api/incidents");

    // when
    Response retry =
        given()
            .contentType(ContentType.JSON)
            .header("Idempotency-Key", key)
            .body(body)
            .post("/api/incidents");

    // then
    assertThat(first.statusCode()).isEqualTo(202);
    assertThat(retry.statusCode()).isEqualTo(202);
    assertThat(retry.body().asString()).isEqualTo(first.body().asString());
  }

  @Test
  @TestSecurity(user = "ines", roles = "incident-commander", augmentors = AnyResponderRole.class)
  void shouldCancelAPendingIncidentSoItNeverStarts() {
    // given
    String id =
        given()
            .contentType(ContentType.JSON)
            .body(json(declaration("Cancel Pending", 120)))
            .post("/api/incidents")
            .then()
            .statusCode(202)
            .extract()
            .path("id");
    given()
        .contentType(ContentType.JSON)
        .body("{\"reason\": \"declared twice by the SIEM\"}")
        .post("/api/incidents/{id}/cancel", id)
        .then()
        .statusCode(200)
        .body("status", equalTo("CANCELLED"));

    // when
    engine.down = false;
    pendingStarts.runOnce();

    // then
    given()
        .get("/api/incidents/{id}", id)
        .then()
        .body("status", equalTo("CANCELLED"))
        .body("processInstanceKey", nullValue());
  }
}
