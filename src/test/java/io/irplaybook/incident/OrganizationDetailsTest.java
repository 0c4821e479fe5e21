package io.irplaybook.incident;

import static io.irplaybook.incident.IncidentFixtures.declaration;
import static io.irplaybook.incident.IncidentFixtures.json;
import static io.irplaybook.incident.IncidentFixtures.organization;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import io.irplaybook.security.service.AnyResponderRole;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/**
 * The optional organisation details communications need (issue 15): time zone, contact point and
 * corporate number are stored and shown; a zone or number that cannot be right is refused.
 */
@QuarkusTest
@TestSecurity(user = "alice", roles = "incident-commander", augmentors = AnyResponderRole.class)
class OrganizationDetailsTest {

  @Test
  void shouldStoreAndShowTheTimeZoneContactAndCorporateNumber() {
    // given
    var body = declaration("Kansai Denki KK", 30);
    organization(body).put("timeZone", "Asia/Tokyo");
    organization(body).put("contact", "情報システム部 06-0000-0000");
    organization(body).put("corporateNumber", "1120001000000");

    // when
    String id =
        given()
            .contentType(ContentType.JSON)
            .body(json(body))
            .post("/api/incidents")
            .then()
            .statusCode(201)
            .extract()
            .path("id");

    // then
    given()
        .get("/api/incidents/" + id)
        .then()
        .statusCode(200)
        .body("organization.timeZone", equalTo("Asia/Tokyo"))
        .body("organization.contact", equalTo("情報システム部 06-0000-0000"))
        .body("organization.corporateNumber", equalTo("1120001000000"));
  }

  @Test
  void shouldLeaveTheDetailsOutWhenNotGiven() {
    // when
    String id =
        given()
            .contentType(ContentType.JSON)
            .body(json(declaration("Tohoku Seika KK", 12)))
            .post("/api/incidents")
            .then()
            .statusCode(201)
            .extract()
            .path("id");

    // then
    given()
        .get("/api/incidents/" + id)
        .then()
        .statusCode(200)
        .body("organization.timeZone", nullValue())
        .body("organization.corporateNumber", nullValue());
  }

  @Test
  void shouldRefuseAnOffsetOrUnknownZoneAndACorporateNumberThatIsNotThirteenDigits() {
    // given
    var body = declaration("Kyushu Shoji KK", 30);
    organization(body).put("timeZone", "+09:00");
    organization(body).put("corporateNumber", "12-3456");

    // when / then
    given()
        .contentType(ContentType.JSON)
        .body(json(body))
        .post("/api/incidents")
        .then()
        .statusCode(400)
        .body("errors.field", hasItems("organization.timeZone", "organization.corporateNumber"));
    organization(body).put("timeZone", "Asia/Atlantis");
    organization(body).remove("corporateNumber");
    given()
        .contentType(ContentType.JSON)
        .body(json(body))
        .post("/api/incidents")
        .then()
        .statusCode(400)
        .body("errors.field", hasItems("organization.timeZone"));
  }
}
