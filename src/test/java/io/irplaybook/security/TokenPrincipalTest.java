package io.irplaybook.security;

import static io.irplaybook.inbox.InboxFixtures.awaitTask;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import io.irplaybook.inbox.InboxFixtures;
import io.irplaybook.platform.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A token's name is a label: the token acts as token:<name>, never as a person or the system. */
@QuarkusTest
class TokenPrincipalTest {

  @Inject InboxFixtures fixtures;
  @Inject TestClock clock;

  @BeforeEach
  void users() {
    fixtures.user("adm-ada", "admin");
    fixtures.user("ic-ines", "incident-commander");
    fixtures.user("nora", "forensics");
  }

  @Test
  void shouldNotLetATokenNamedNoraActAsNoraOrPassHerHolderCheck() {
    // given a task nora holds, and a forensics token named "nora"
    String incident = fixtures.startIncident();
    long id = awaitTask("ic-ines", incident, "preserve-evidence");
    InboxFixtures.as("nora").post("/api/tasks/" + id + "/claim").then().statusCode(200);
    String token = issue("nora", List.of("forensics"), null);

    // when / then
    bearer(token).get("/api/me").then().statusCode(200).body("name", is("token:nora"));
    bearer(token)
        .body(Map.of())
        .post("/api/tasks/" + id + "/complete")
        .then()
        .statusCode(403)
        .body("detail", containsString("held by nora"));
    bearer(token).post("/api/tasks/" + id + "/unclaim").then().statusCode(403);
    InboxFixtures.as("nora").get("/api/tasks/" + id).then().body("assignee", is("nora"));
  }

  @Test
  void shouldLetATokenNamedLikeASystemActorActOnlyAsAToken() {
    // given
    String token = issue("system:inbox", List.of("reporter"), null);

    // when / then
    bearer(token).get("/api/me").then().statusCode(200).body("name", is("token:system:inbox"));
  }

  @Test
  void shouldRefuseATokenOnceItHasExpired() {
    // given
    String token =
        issue("short-lived-" + suffix(), List.of("reporter"), clock.instant().plusSeconds(60));
    bearer(token).get("/api/me").then().statusCode(200);

    // when
    clock.advance(Duration.ofSeconds(61));

    // then
    bearer(token).get("/api/me").then().statusCode(401);
  }

  @Test
  void shouldRefuseAnExpiryInThePastAndASecondLiveTokenOfTheSameName() {
    // given
    String name = "ticketing-" + suffix();
    issue(name, List.of("reporter"), null);

    // when / then
    InboxFixtures.as("adm-ada")
        .body(
            Map.of(
                "name",
                "late-" + suffix(),
                "roles",
                List.of("reporter"),
                "expiresAt",
                clock.instant().minusSeconds(1).toString()))
        .post("/api/tokens")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    InboxFixtures.as("adm-ada")
        .body(Map.of("name", name, "roles", List.of("reporter")))
        .post("/api/tokens")
        .then()
        .statusCode(409)
        .contentType("application/problem+json");
  }

  /** Issues a token; a name already live (a rerun on a kept database) is revoked first. */
  private String issue(String name, List<String> roles, java.time.Instant expiresAt) {
    InboxFixtures.as("adm-ada")
        .get("/api/tokens")
        .then()
        .extract()
        .jsonPath()
        .<Map<String, Object>>getList("")
        .stream()
        .filter(t -> name.equals(t.get("name")) && t.get("revokedAt") == null)
        .forEach(t -> InboxFixtures.as("adm-ada").delete("/api/tokens/" + t.get("id")));
    Map<String, Object> body = new HashMap<>();
    body.put("name", name);
    body.put("roles", roles);
    if (expiresAt != null) {
      body.put("expiresAt", expiresAt.toString());
    }
    return InboxFixtures.as("adm-ada")
        .body(body)
        .post("/api/tokens")
        .then()
        .statusCode(201)
        .header("Cache-Control", "no-store")
        .body("principal", is("token:" + name))
        .extract()
        .jsonPath()
        .getString("token");
  }

  private static RequestSpecification bearer(String token) {
    return given().header("Authorization", "Bearer " + token).contentType("application/json");
  }

  private static String suffix() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
