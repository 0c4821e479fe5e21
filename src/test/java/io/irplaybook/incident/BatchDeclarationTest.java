package io.irplaybook.incident;

import static io.irplaybook.incident.IncidentFixtures.declaration;
import static io.irplaybook.incident.IncidentFixtures.json;
import static io.irplaybook.incident.IncidentFixtures.organization;
import static io.irplaybook.incident.IncidentFixtures.totalIncidents;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.irplaybook.security.service.AnyResponderRole;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * POST /api/incidents/batch: one advisory for many organisations, results per item, each item
 * idempotent.
 */
@QuarkusTest
@TestSecurity(user = "mssp", roles = "soc-analyst", augmentors = AnyResponderRole.class)
class BatchDeclarationTest {

  private static final Set<Integer> BAD = Set.of(7, 42, 99);

  @Test
  void shouldDeclareAHundredOrganisationsAndReportTheFewBadItemsOnTheirOwn() {
    // given
    int before = totalIncidents();

    // when
    Response response =
        given()
            .contentType(ContentType.JSON)
            .body(json(Map.of("items", hundredWithThreeBad())))
            .post("/api/incidents/batch");

    // then
    response.then().statusCode(200).body("declared", equalTo(97)).body("failed", equalTo(3));
    List<Map<String, Object>> results = response.jsonPath().getList("results");
    assertThat(results).hasSize(100);
    for (int i = 0; i < 100; i++) {
      assertThat(results.get(i))
          .containsEntry("index", i)
          .containsEntry("status", BAD.contains(i) ? 400 : 201);
    }
    assertThat(response.jsonPath().getList("results[7].problem.errors.field"))
        .containsExactly("organization.employees");
    assertThat(response.jsonPath().getString("results[0].incident.tier")).isEqualTo("small");
    assertThat(totalIncidents()).isEqualTo(before + 97);
  }

  @Test
  void shouldReturnTheSameResultsForARetriedBatchAndDeclareNothingNew() {
    // given
    String key = UUID.randomUUID().toString();
    String body =
        json(
            Map.of(
                "items",
                List.of(declaration("Batch Retry A", 30), declaration("Batch Retry B", 3000))));
    Response first =
        given()
            .contentType(ContentType.JSON)
            .header("Idempotency-Key", key)
            .body(body)
            .post("/api/incidents/batch");
    int afterFirst = totalIncidents();

    // when
    Response retry =
        given()
            .contentType(ContentType.JSON)
            .header("Idempotency-Key", key)
            .body(body)
            .post("/api/incidents/batch");

    // then
    assertThat(first.jsonPath().getInt("declared")).isEqualTo(2);
    assertThat(retry.body().asString()).isEqualTo(first.body().asString());
    assertThat(totalIncidents()).isEqualTo(afterFirst);
  }

  @Test
  void shouldHonourAnItemsOwnIdempotencyKeyAcrossBatches() {
    // given an item declared in one batch
    var item = declaration("Item Key KK", 120);
    item.put("idempotencyKey", UUID.randomUUID().toString());
    String firstId =
        given()
            .contentType(ContentType.JSON)
            .body(json(Map.of("items", List.of(item))))
            .post("/api/incidents/batch")
            .jsonPath()
            .getString("results[0].incident.id");

    // when it appears again in another batch, beside a new item
    Response second =
        given()
            .contentType(ContentType.JSON)
            .body(json(Map.of("items", List.of(declaration("Fresh KK", 120), item))))
            .post("/api/incidents/batch");

    // then
    assertThat(second.jsonPath().getString("results[1].incident.id")).isEqualTo(firstId);
    assertThat(second.jsonPath().getString("results[0].incident.id")).isNotEqualTo(firstId);
  }

  @Test
  void shouldRejectABatchWithoutItemsWithAProblem() {
    // when
    Response response =
        given().contentType(ContentType.JSON).body("{\"items\": []}").post("/api/incidents/batch");

    // then
    response
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("items"));
  }

  @Test
  void shouldRejectAWrongContentTypeForABatch() {
    // when
    Response response =
        given().contentType("application/xml").body("<items/>").post("/api/incidents/batch");

    // then
    response.then().statusCode(415).contentType("application/problem+json");
  }

  private static List<Map<String, Object>> hundredWithThreeBad() {
    List<Map<String, Object>> items = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      var item = declaration("Customer " + i, 10 + i * 7);
      if (BAD.contains(i)) {
        organization(item).put("employees", 0);
      }
      items.add(item);
    }
    return items;
  }
}
