package io.irplaybook.incident;

import static io.irplaybook.incident.IncidentFixtures.declaration;
import static io.irplaybook.incident.IncidentFixtures.json;
import static io.irplaybook.incident.IncidentFixtures.totalIncidents;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.irplaybook.incident.service.IdempotencyKey;
import io.irplaybook.incident.service.IdempotencyService;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A retried declaration with the same Idempotency-Key returns the first answer and starts nothing.
 */
@QuarkusTest
@TestSecurity(user = "siem", roles = "reporter")
class IdempotencyKeyTest {

  @Inject IdempotencyService idempotency;

  @Test
  void shouldReturnTheFirstResultForARetryAndStartNothingNew() {
    // given
    String key = UUID.randomUUID().toString();
    String body = json(declaration("Retry KK", 120));
    Response first =
        given()
            .contentType(ContentType.JSON)
            .header("Idempotency-Key", key)
            .body(body)
            .post("/api/incidents");
    int afterFirst = totalIncidents();

    // when
    Response retry =
        given()
            .contentType(ContentType.JSON)
            .header("Idempotency-Key", key)
            .body(body)
            .post("/api/incidents");

    // then
    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(retry.statusCode()).isEqualTo(first.statusCode());
    assertThat(retry.body().asString()).isEqualTo(first.body().asString());
    assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
    assertThat(totalIncidents()).isEqualTo(afterFirst);
    String id = first.jsonPath().getString("id");
    assertThat(given().get("/api/incidents/{id}/timeline", id).jsonPath().getList("action"))
        .containsOnlyOnce("incident.declared", "incident.started");
  }

  @Test
  void shouldRefuseTheSameKeyWithADifferentBody() {
    // given
    String key = UUID.randomUUID().toString();
    given()
        .contentType(ContentType.JSON)
        .header("Idempotency-Key", key)
        .body(json(declaration("First Body", 120)))
        .post("/api/incidents")
        .then()
        .statusCode(201);
    int before = totalIncidents();

    // when
    Response other =
        given()
            .contentType(ContentType.JSON)
            .header("Idempotency-Key", key)
            .body(json(declaration("Second Body", 900)))
            .post("/api/incidents");

    // then
    other
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("detail", containsString("Idempotency-Key"))
        .body("detail", containsString("different request body"));
    assertThat(totalIncidents()).isEqualTo(before);
  }

  @Test
  void shouldKeepKeysOfDifferentCallersApart() {
    // given a key another caller already used
    String key = UUID.randomUUID().toString();
    String body = json(declaration("Shared Key", 120));
    String mine =
        given()
            .contentType(ContentType.JSON)
            .header("Idempotency-Key", key)
            .body(body)
            .post("/api/incidents")
            .then()
            .statusCode(201)
            .extract()
            .path("id");

    // when the same key comes from someone else
    var theirs =
        idempotency.replay(new IdempotencyKey("bob", key, IdempotencyService.sha256(body)));

    // then
    assertThat(mine).startsWith("INC-");
    assertThat(theirs).isEmpty();
  }

  @Test
  void shouldRejectAnOverlongKey() {
    // when
    Response response =
        given()
            .contentType(ContentType.JSON)
            .header("Idempotency-Key", "k".repeat(201))
            .body(json(declaration("Long Key", 120)))
            .post("/api/incidents");

    // then
    response
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", containsString("Idempotency-Key"));
  }
}
