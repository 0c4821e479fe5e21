package io.irplaybook.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.irplaybook.audit.AuditTrail;
import io.irplaybook.inbox.InboxFixtures;
import io.irplaybook.platform.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matcher;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Local users, HTTP Basic, API tokens and the page session. */
@QuarkusTest
class SignInTest {

  @Inject InboxFixtures fixtures;
  @Inject AuditTrail audit;

  @BeforeEach
  void users() {
    fixtures.user("adm-ada", "admin");
    fixtures.user("soc-sam", "soc-analyst");
  }

  @Test
  void shouldCreateTheBootstrapAdminWithABcryptHash() {
    // given the service started with no users
    // when
    User admin =
        QuarkusTransaction.requiringNew().call(() -> User.findByUsername("admin").orElseThrow());

    // then
    assertThat(admin.passwordHash).startsWith("$2");
    assertThat(admin.roleList()).containsExactly(Roles.ADMIN);
  }

  @Test
  void shouldLetAnAdminCreateAUserWhoThenSignsInWithBasic() {
    // given
    Map<String, Object> body =
        Map.of(
            "username",
            "net-nora",
            "password",
            "a-long-enough-secret",
            "roles",
            List.of("network-admin"));

    // when
    InboxFixtures.as("adm-ada")
        .body(body)
        .post("/api/users")
        .then()
        .statusCode(201)
        .body("roles", equalTo(List.of("network-admin")));

    // then
    given()
        .auth()
        .preemptive()
        .basic("net-nora", "a-long-enough-secret")
        .get("/api/me")
        .then()
        .statusCode(200)
        .body("name", is("net-nora"))
        .body("roles", equalTo(List.of("network-admin")));
    given()
        .auth()
        .preemptive()
        .basic("net-nora", "wrong-password-here")
        .get("/api/me")
        .then()
        .statusCode(401)
        .header("WWW-Authenticate", startsWith("Basic"));
    InboxFixtures.as("adm-ada")
        .body(body)
        .post("/api/users")
        .then()
        .statusCode(409)
        .contentType("application/problem+json");
  }

  @Test
  void shouldRejectAnUnknownRoleAndAShortPassword() {
    // when / then
    InboxFixtures.as("adm-ada")
        .body(
            Map.of(
                "username",
                "x-ray",
                "password",
                "a-long-enough-secret",
                "roles",
                List.of("wizard")))
        .post("/api/users")
        .then()
        .statusCode(400)
        .body("detail", containsString("Unknown role 'wizard'"));
    InboxFixtures.as("adm-ada")
        .body(Map.of("username", "x-ray", "password", "short", "roles", List.of("legal")))
        .post("/api/users")
        .then()
        .statusCode(400)
        .body("detail", containsString("at least 12"));
  }

  @Test
  void shouldIssueATokenOnceAcceptItAsBearerAndRefuseItAfterRevocation() {
    // given
    var issued =
        InboxFixtures.as("adm-ada")
            .body(Map.of("name", "siem", "roles", List.of("reporter")))
            .post("/api/tokens")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    String token = issued.getString("token");
    long id = issued.getLong("id");
    assertThat(token).startsWith("irp_").hasSizeGreaterThan(40);

    // when
    given()
        .header("Authorization", "Bearer " + token)
        .get("/api/me")
        .then()
        .statusCode(200)
        .body("name", is("token:siem"))
        .body("roles", equalTo(List.of("reporter")));
    InboxFixtures.as("adm-ada")
        .get("/api/tokens")
        .then()
        .body("find { it.id == " + id + " }.token", is((Object) null))
        .body(not(containsString(token)));
    InboxFixtures.as("adm-ada").delete("/api/tokens/" + id).then().statusCode(200);

    // then
    given().header("Authorization", "Bearer " + token).get("/api/me").then().statusCode(401);
  }

  @Test
  void shouldSignInWithTheFormSetASessionCookieAndRedirect() {
    // when
    var response = SignInForms.post("soc-sam", InboxFixtures.PASSWORD);

    // then
    response.then().statusCode(303).header("Location", endsWithPath("/inbox"));
    String cookie = response.getCookie("irp_session");
    assertThat(cookie).isNotBlank();
    assertThat(response.getDetailedCookie("irp_session").isHttpOnly()).isTrue();
    given()
        .cookie("irp_session", cookie)
        .get("/api/me")
        .then()
        .statusCode(200)
        .body("name", is("soc-sam"));
  }

  @Test
  void shouldRefuseAWrongPasswordOnTheForm() {
    // when / then
    SignInForms.post("soc-sam", "not-the-password")
        .then()
        .statusCode(401)
        .body(containsString("Wrong user name or password"));
  }

  @Test
  void shouldRedirectAPageRequestWithoutSessionToSignIn() {
    // when / then
    given()
        .redirects()
        .follow(false)
        .get("/inbox")
        .then()
        .statusCode(302)
        .header("Location", containsString("/signin?next="));
  }

  private static Matcher<String> endsWithPath(String path) {
    return Matchers.endsWith(path);
  }
}
