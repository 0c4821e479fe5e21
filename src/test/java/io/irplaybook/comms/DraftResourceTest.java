package io.irplaybook.comms;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.irplaybook.comms.service.DraftRenderer;
import io.irplaybook.comms.service.IncidentFacts;
import io.irplaybook.notify.NotifyPeers;
import io.irplaybook.platform.Roles;
import io.irplaybook.security.service.AnyResponderRole;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The drafts API: edits become versions with who and when; approval covers the latest version. */
@QuarkusTest
@QuarkusTestResource(value = NotifyPeers.class, restrictToAnnotatedClass = true)
class DraftResourceTest {

  /**
   * Keys and incidents unique to this run, so a kept PostgreSQL database holds none of them yet.
   */
  private static final long RUN = ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50);

  private static final AtomicLong KEYS = new AtomicLong(RUN * 100);

  @Inject DraftRenderer renderer;

  private long draft(String incident) {
    return renderer
        .render(
            KEYS.incrementAndGet(),
            null,
            List.of("customer-notice"),
            IncidentFacts.from(Map.of("incidentId", incident)))
        .get(0);
  }

  @Test
  @TestSecurity(user = "carol", roles = Roles.COMMS, augmentors = AnyResponderRole.class)
  void shouldKeepAnEditAsANewVersionWithAuthorAndApproveTheLatest() {
    // given
    long id = draft("INC-API-1-" + RUN);

    // when
    given()
        .contentType("application/json")
        .body(Map.of("text", "Edited by hand <b>"))
        .put("/api/comms/drafts/{id}", id)
        .then()
        .statusCode(200)
        .body("version", equalTo(2))
        .body("author", equalTo("carol"))
        .body("approvedAt", nullValue());
    given()
        .post("/api/comms/drafts/{id}/approve", id)
        .then()
        .statusCode(200)
        .body("version", equalTo(2))
        .body("approvedBy", equalTo("carol"));

    // then
    given()
        .get("/api/comms/drafts/{id}", id)
        .then()
        .statusCode(200)
        .body("versions.size()", equalTo(2))
        .body("versions[0].author", equalTo("system:comms"))
        .body("versions[0].approvedAt", nullValue())
        .body("versions[1].text", equalTo("Edited by hand <b>"))
        .body("versions[1].approvedAt", notNullValue());
    given()
        .queryParam("incident", "INC-API-1-" + RUN)
        .get("/api/comms/drafts")
        .then()
        .statusCode(200)
        .body("[0].approved", equalTo(true))
        .body("[0].latestVersion", equalTo(2));
  }

  @Test
  @TestSecurity(user = "sam", roles = Roles.SOC_ANALYST, augmentors = AnyResponderRole.class)
  void shouldForbidApprovalOutsideTheApproverRoles() {
    long id = draft("INC-API-2");
    given().post("/api/comms/drafts/{id}/approve", id).then().statusCode(403);
  }

  @Test
  @TestSecurity(user = "carol", roles = Roles.LEGAL, augmentors = AnyResponderRole.class)
  void shouldAnswerAnUnknownDraftWithAProblem() {
    given()
        .post("/api/comms/drafts/{id}/approve", 99_999_999)
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("detail", containsString("GET /api/comms/drafts?incident="));
  }
}
