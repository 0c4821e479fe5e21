package io.irplaybook.security.oidc;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.irplaybook.inbox.InboxFixtures;
import io.irplaybook.incident.IncidentFixtures;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 16, point 7: sign-in through a real Keycloak. Pages use the authorisation-code flow, the
 * API takes Keycloak's bearer tokens, roles come from the realm-role claim, a token issued to
 * another client is refused, sign-out ends the session, and local users are off.
 */
@QuarkusTest
@TestProfile(KeycloakOidcProfile.class)
@ExtendWith(KeycloakInstalled.class)
class KeycloakOidcTest {

  private static final String CONTAINMENT_STEP = "restrict-management-access";
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  @TestHTTPResource("/")
  URL root;

  @Inject InboxFixtures fixtures;

  @Test
  void shouldLetAKeycloakNetworkAdminSignInToTheInboxAndCompleteAStep() throws Exception {
    // given an incident declared by a Keycloak commander, and its network-admin step
    String ines = accessToken(KeycloakServer.CLIENT_ID, KeycloakServer.CLIENT_SECRET, "kc-ines");
    String incident =
        bearer(ines)
            .body(IncidentFixtures.declaration("Keycloak KK " + UUID.randomUUID(), 20))
            .post("/api/incidents")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getString("id");
    long step = awaitStep(ines, incident);

    // when nora signs in through Keycloak and works the step through the pages
    Browser browser = new Browser();
    HttpResponse<String> page =
        browser.signIn(url("inbox/tasks/" + step), "kc-nora", "kc-nora-password");
    assertThat(page.statusCode()).as(Browser.describe(page)).isEqualTo(200);
    assertThat(page.uri().toString()).startsWith(url("inbox/tasks/" + step));
    assertThat(page.body()).contains("kc-nora");
    String csrf = csrf(page.body());
    assertThat(
            browser.post(url("inbox/tasks/" + step + "/claim"), Map.of("_csrf", csrf)).statusCode())
        .isEqualTo(200);
    int items = bearer(ines).get("/api/tasks/" + step).jsonPath().getList("checklist").size();
    for (int position = 1; position <= items; position++) {
      browser.post(url("inbox/tasks/" + step + "/checklist/" + position), Map.of("_csrf", csrf));
    }
    browser.post(url("inbox/tasks/" + step + "/complete"), Map.of("_csrf", csrf));

    // then the step is completed by the Keycloak user
    bearer(ines)
        .get("/api/tasks/" + step)
        .then()
        .statusCode(200)
        .body("status", equalTo("completed"))
        .body("completedBy", equalTo("kc-nora"));
  }

  @Test
  void shouldAcceptABearerTokenWithRolesFromTheRealmRoleClaim() {
    String nora = accessToken(KeycloakServer.CLIENT_ID, KeycloakServer.CLIENT_SECRET, "kc-nora");

    bearer(nora)
        .get("/api/me")
        .then()
        .statusCode(200)
        .body("name", equalTo("kc-nora"))
        .body("roles", hasItem("network-admin"));
  }

  @Test
  void shouldRefuseATokenIssuedToAnotherClient() {
    // given a valid token of the same realm and user, but for another client (audience)
    String foreign =
        accessToken(KeycloakServer.OTHER_CLIENT_ID, KeycloakServer.OTHER_CLIENT_SECRET, "kc-nora");

    // when / then
    bearer(foreign).get("/api/me").then().statusCode(401);
  }

  @Test
  void shouldRefuseLocalUsersOnceOidcIsOn() {
    // given a local user with a valid password
    fixtures.user("local-lena", "network-admin");

    // when / then
    InboxFixtures.as("local-lena").get("/api/me").then().statusCode(401);
  }

  @Test
  void shouldEndTheSessionAtSignOut() throws Exception {
    // given a signed-in browser and its session cookie
    Browser browser = new Browser();
    HttpResponse<String> inbox = browser.signIn(url("inbox"), "kc-nora", "kc-nora-password");
    assertThat(inbox.statusCode()).as(Browser.describe(inbox)).isEqualTo(200);
    String session = browser.cookies("q_session");
    assertThat(session).as("the OIDC session cookie").isNotEmpty();

    // when the user signs out (the header's form), which also signs them out of Keycloak
    browser.post(url("signout"), Map.of("_csrf", csrf(inbox.body())));

    // then the old session cookie no longer opens a page: the browser is sent to Keycloak again
    HttpResponse<String> replay =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .build()
            .send(
                HttpRequest.newBuilder(URI.create(url("inbox")))
                    .header("Accept", "text/html")
                    .header("Cookie", session)
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(replay.statusCode()).isEqualTo(302);
    assertThat(replay.headers().firstValue("Location").orElse(""))
        .startsWith(KeycloakServer.issuer());
  }

  private String url(String path) {
    return root.toString() + path;
  }

  private static String csrf(String page) {
    Matcher m = CSRF.matcher(page);
    assertThat(m.find()).as("a form with a CSRF token").isTrue();
    return m.group(1);
  }

  /** Keycloak's access token for the user (password grant, which the test realm allows). */
  private static String accessToken(String clientId, String secret, String username) {
    return given()
        .formParams(
            Map.of(
                "grant_type",
                "password",
                "client_id",
                clientId,
                "client_secret",
                secret,
                "username",
                username,
                "password",
                username + "-password",
                "scope",
                "openid"))
        .post(KeycloakServer.issuer() + "/protocol/openid-connect/token")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getString("access_token");
  }

  private static RequestSpecification bearer(String token) {
    return given().header("Authorization", "Bearer " + token).contentType("application/json");
  }

  private static long awaitStep(String token, String incident) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (Instant.now().isBefore(deadline)) {
      JsonPath tasks =
          bearer(token)
              .queryParam("incident", incident)
              .queryParam("status", "open")
              .get("/api/tasks")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      Object id = tasks.get("find { it.elementId == '" + CONTAINMENT_STEP + "' }.id");
      if (id != null) {
        return Long.parseLong(id.toString());
      }
      LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
    }
    throw new AssertionError("No open " + CONTAINMENT_STEP + " step for " + incident);
  }
}
