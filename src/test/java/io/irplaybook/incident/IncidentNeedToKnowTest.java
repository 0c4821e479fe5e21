package io.irplaybook.incident;

import static io.irplaybook.inbox.InboxFixtures.as;
import static io.irplaybook.inbox.InboxFixtures.awaitTask;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.irplaybook.inbox.InboxFixtures;
import io.irplaybook.security.SignInForms;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, point 5: incidents, timelines and incident pages are shown to commanders, auditors and
 * admins, to responders who hold or are offered a step of the incident, and to whoever declared it;
 * to nobody else, who gets the same 404 as for an unknown id.
 */
@QuarkusTest
class IncidentNeedToKnowTest {

  /** The small playbook's first network-admin step, open right after declaration. */
  private static final String CONTAINMENT_STEP = "restrict-management-access";

  @Inject InboxFixtures fixtures;

  @BeforeEach
  void users() {
    fixtures.user("adm-ada", "admin");
    fixtures.user("ic-ines", "incident-commander");
    fixtures.user("aud-abe", "auditor");
    fixtures.user("fx-fumi", "forensics");
    fixtures.user("na-nora", "network-admin");
    fixtures.user("na-nils", "network-admin");
  }

  @Test
  void shouldNotLetAReporterTokenReadAnIncidentItDidNotDeclare() {
    // given an incident declared by one SIEM's token, and another SIEM's token
    String declaring = reporterToken();
    String other = reporterToken();
    String incident = declare(declaring);

    // when / then the other token neither gets it, nor its timeline, nor finds it in a search
    bearer(other).get("/api/incidents/" + incident).then().statusCode(404);
    bearer(other).get("/api/incidents/" + incident + "/timeline").then().statusCode(404);
    assertThat(listedIds(bearer(other), incident)).doesNotContain(incident);
    assertThat(listedIds(bearer(other), null)).doesNotContain(incident);
    // and the declaring token reads all three
    bearer(declaring).get("/api/incidents/" + incident).then().statusCode(200);
    bearer(declaring).get("/api/incidents/" + incident + "/timeline").then().statusCode(200);
    assertThat(listedIds(bearer(declaring), incident)).containsExactly(incident);
  }

  @Test
  void shouldHideAnIncidentFromAResponderOfAnUnrelatedGroup() {
    // given an incident whose open steps belong to network-admin and the commander
    String incident = declare(reporterToken());
    awaitTask("ic-ines", incident, CONTAINMENT_STEP);

    // when / then forensics sees neither the incident, nor its timeline, nor its page
    as("fx-fumi").get("/api/incidents/" + incident).then().statusCode(404);
    as("fx-fumi").get("/api/incidents/" + incident + "/timeline").then().statusCode(404);
    assertThat(listedIds(as("fx-fumi"), incident)).isEmpty();
    page("fx-fumi", incident).then().statusCode(404);
  }

  @Test
  void shouldShowAnIncidentToTheResponderHoldingOrOfferedItsStep() {
    // given nora claims the containment step; nils is of the same group, so it is offered to him
    String incident = declare(reporterToken());
    long step = awaitTask("ic-ines", incident, CONTAINMENT_STEP);
    as("na-nora").post("/api/tasks/" + step + "/claim").then().statusCode(200);

    // when / then both read the incident, its timeline and its page
    for (String responder : List.of("na-nora", "na-nils")) {
      as(responder).get("/api/incidents/" + incident).then().statusCode(200);
      as(responder).get("/api/incidents/" + incident + "/timeline").then().statusCode(200);
      assertThat(listedIds(as(responder), incident)).containsExactly(incident);
      page(responder, incident).then().statusCode(200);
    }
  }

  @Test
  void shouldShowEveryIncidentToCommandersAuditorsAndAdmins() {
    // given
    String incident = declare(reporterToken());

    // when / then
    for (String overseer : List.of("ic-ines", "aud-abe", "adm-ada")) {
      as(overseer).get("/api/incidents/" + incident).then().statusCode(200);
      as(overseer).get("/api/incidents/" + incident + "/timeline").then().statusCode(200);
      assertThat(listedIds(as(overseer), incident)).containsExactly(incident);
    }
    page("ic-ines", incident).then().statusCode(200);
    page("aud-abe", incident).then().statusCode(200);
  }

  private String declare(String token) {
    Map<String, Object> body =
        IncidentFixtures.declaration("Need-to-know KK " + UUID.randomUUID(), 20);
    return bearer(token)
        .body(body)
        .post("/api/incidents")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getString("id");
  }

  /** The ids on the first page of the list, searching for {@code text} when given. */
  private static List<String> listedIds(RequestSpecification caller, String text) {
    RequestSpecification request = caller.queryParam("size", 100);
    if (text != null) {
      request = request.queryParam("q", text);
    }
    return request
        .get("/api/incidents")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items.id", String.class);
  }

  private static io.restassured.response.Response page(String user, String incident) {
    return given()
        .cookie("irp_session", SignInForms.session(user, InboxFixtures.PASSWORD))
        .redirects()
        .follow(false)
        .get("/inbox/incidents/" + incident);
  }

  private static String reporterToken() {
    return as("adm-ada")
        .body(
            Map.of(
                "name",
                "siem-" + UUID.randomUUID().toString().substring(0, 8),
                "roles",
                List.of("reporter")))
        .post("/api/tokens")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getString("token");
  }

  private static RequestSpecification bearer(String token) {
    return given().header("Authorization", "Bearer " + token).contentType("application/json");
  }
}
