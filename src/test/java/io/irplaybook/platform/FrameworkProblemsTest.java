package io.irplaybook.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import io.irplaybook.security.service.AnyResponderRole;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/**
 * The framework's own 4xx and 5xx answers on /api are application/problem+json with a sentence
 * saying what to fix (issue 16, point 8); pages keep answering as pages.
 */
@QuarkusTest
@TestSecurity(
    user = "ada",
    roles = {Roles.ADMIN, Roles.INCIDENT_COMMANDER},
    augmentors = AnyResponderRole.class)
class FrameworkProblemsTest {

  @Test
  void shouldAnswerAPathParameterOfTheWrongTypeWithA404Problem() {
    // when / then
    given()
        .get("/api/tasks/abc")
        .then()
        .statusCode(404)
        .contentType(Problem.MEDIA_TYPE)
        .body("status", is(404))
        .body("detail", containsString("/api/tasks/abc"));
  }

  @Test
  void shouldAnswerAnUnknownApiPathWithA404Problem() {
    // when / then
    given()
        .get("/api/no-such-thing")
        .then()
        .statusCode(404)
        .contentType(Problem.MEDIA_TYPE)
        .body("title", is("Not Found"));
  }

  @Test
  void shouldAnswerMalformedJsonWithA400ProblemSayingWhereItBroke() {
    // when / then
    given()
        .contentType(ContentType.JSON)
        .body("{\"name\": \"siem\", ")
        .post("/api/tokens")
        .then()
        .statusCode(400)
        .contentType(Problem.MEDIA_TYPE)
        .body("detail", containsString("not the JSON this operation expects"));
  }

  @Test
  void shouldAnswerAFieldOfTheWrongTypeWithA400ProblemNamingIt() {
    // when / then
    given()
        .contentType(ContentType.JSON)
        .body("{\"name\": \"siem\", \"roles\": {\"not\": \"a list\"}}")
        .post("/api/tokens")
        .then()
        .statusCode(400)
        .contentType(Problem.MEDIA_TYPE)
        .body("detail", containsString("(field roles)"));
  }

  @Test
  void shouldAnswerANullBodyWithA400ProblemInsteadOfA500() {
    // when / then
    given()
        .contentType(ContentType.JSON)
        .body("null")
        .post("/api/tokens")
        .then()
        .statusCode(400)
        .contentType(Problem.MEDIA_TYPE)
        .body("detail", containsString("body is null"));
  }

  @Test
  void shouldAnswerAWrongMethodWithA405Problem() {
    // when / then
    given()
        .delete("/api/tokens")
        .then()
        .statusCode(405)
        .contentType(Problem.MEDIA_TYPE)
        .body("detail", containsString("not allowed"));
  }

  @Test
  void shouldAnswerAnUnsupportedContentTypeWithA415Problem() {
    // when / then
    given()
        .contentType(ContentType.TEXT)
        .body("name=siem")
        .post("/api/tokens")
        .then()
        .statusCode(415)
        .contentType(Problem.MEDIA_TYPE)
        .body("detail", containsString("application/json"));
  }

  @Test
  void shouldAnswerAnUnacceptableAcceptHeaderWithA406Problem() {
    // when / then
    given()
        .accept(ContentType.XML)
        .get("/api/tokens")
        .then()
        .statusCode(406)
        .contentType(Problem.MEDIA_TYPE)
        .body("status", is(406));
  }

  @Test
  void shouldAnswerAnUnexpectedFailureWithA500ProblemCarryingAnIdAndNoInternals() {
    // when / then
    given()
        .get("/api/test-only/broken")
        .then()
        .statusCode(500)
        .contentType(Problem.MEDIA_TYPE)
        .body("detail", matchesPattern(".*error id [0-9a-f-]{36}\\..*"))
        .body(not(containsString("db-internal-7")))
        .body(not(containsString("IllegalStateException")));
  }

  @Test
  void shouldAnswerAnUnreachableDatabaseWith503AndRetryAfterSoClientsSendAgain() {
    // when / then
    given()
        .get("/api/test-only/broken/database-down")
        .then()
        .statusCode(503)
        .contentType(Problem.MEDIA_TYPE)
        .header("Retry-After", is(String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS)))
        .body("status", is(503))
        .body("detail", containsString("database is unreachable"))
        .body(not(containsString("db-internal-7")));
  }

  @Test
  void shouldKeepAnsweringPagesWithoutAProblemWhenABrowserAsksForHtml() {
    // when / then
    given()
        .accept(ContentType.HTML)
        .get("/inbox/no-such-page")
        .then()
        .statusCode(404)
        .contentType(not(containsString("problem+json")));
  }

  @Test
  void shouldLeaveTheHealthEndpointsToTheirOwnRoutes() {
    // when / then
    given().get("/q/health/live").then().statusCode(200);
  }
}
