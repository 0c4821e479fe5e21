package io.irplaybook.incident;

import static io.irplaybook.incident.IncidentFixtures.declaration;
import static io.irplaybook.incident.IncidentFixtures.json;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.irplaybook.security.service.AnyResponderRole;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/** GET /api/incidents (filtered, paged), GET /api/incidents/{id} and the timeline. */
@QuarkusTest
@TestSecurity(user = "carol", roles = "incident-commander", augmentors = AnyResponderRole.class)
class IncidentQueryTest {

  @Test
  void shouldShowOneIncidentWithItsOrganisationAssetsAndOpenSteps() {
    // given
    String id = declare("Detail KK", 120);

    // when
    Response response = given().get("/api/incidents/{id}", id);

    // then
    response
        .then()
        .statusCode(200)
        .body("id", equalTo(id))
        .body("organization.name", equalTo("Detail KK"))
        .body("organization.employees", equalTo(120))
        .body("assets[0].name", equalTo("fw-tokyo-1"))
        .body("declaredAt", notNullValue())
        .body("openSteps", notNullValue());
  }

  @Test
  void shouldAnswer404WithAProblemForAnUnknownId() {
    // when
    Response response = given().get("/api/incidents/{id}", "INC-1999-9999");

    // then
    response
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("detail", Matchers.containsString("INC-1999-9999"));
    given()
        .get("/api/incidents/{id}/timeline", "INC-1999-9999")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  @Test
  void shouldFilterByTextTierAndStatusAndPage() {
    // given three incidents of one unique organisation family
    String tag = "Filter-" + UUID.randomUUID().toString().substring(0, 8);
    declare(tag + " small", 10);
    declare(tag + " large A", 600);
    declare(tag + " large B", 700);

    // when
    Response large =
        given()
            .queryParam("q", tag)
            .queryParam("tier", "large")
            .queryParam("status", "active")
            .queryParam("size", 1)
            .queryParam("page", 1)
            .get("/api/incidents");

    // then
    large
        .then()
        .statusCode(200)
        .body("total", equalTo(2))
        .body("size", equalTo(1))
        .body("page", equalTo(1))
        .body("items.size()", equalTo(1))
        .body("items[0].tier", equalTo("large"));
    List<String> all =
        given()
            .queryParam("q", tag)
            .get("/api/incidents")
            .jsonPath()
            .getList("items.organization.name");
    assertThat(all).hasSize(3);
  }

  @Test
  void shouldRejectAnUnknownStatusFilterWithAProblem() {
    // when
    Response response =
        given().queryParam("status", "sleeping").queryParam("size", 500).get("/api/incidents");

    // then
    response
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("status"))
        .body("errors.field", hasItem("size"));
  }

  @Test
  @TestSecurity(user = "audrey", roles = "auditor")
  void shouldLetEveryRoleRead() {
    // when
    Response response = given().get("/api/incidents");

    // then
    response.then().statusCode(200);
  }

  @Test
  @TestSecurity(user = "nobody", roles = "unrelated")
  void shouldRefuseCallersWithoutARole() {
    // when
    Response response = given().get("/api/incidents");

    // then
    response.then().statusCode(403);
  }

  private static String declare(String organisation, int employees) {
    return given()
        .contentType(ContentType.JSON)
        .body(json(declaration(organisation, employees)))
        .post("/api/incidents")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }
}
