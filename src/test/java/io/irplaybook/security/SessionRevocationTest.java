package io.irplaybook.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import io.irplaybook.inbox.InboxFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sessions end server-side: signing out, disabling a user and changing a password refuse the old
 * cookie (and an old password) from then on; the sign-in and sign-out forms need their CSRF token.
 */
@QuarkusTest
class SessionRevocationTest {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  @Inject InboxFixtures fixtures;

  @BeforeEach
  void users() {
    fixtures.user("adm-ada", "admin");
  }

  @Test
  void shouldRefuseTheOldSessionCookieAfterSignOut() {
    // given
    fixtures.user("ses-sue", "legal");
    String session = SignInForms.session("ses-sue", InboxFixtures.PASSWORD);
    me(session).then().statusCode(200);

    // when
    Response signedOut = signOut(session, csrfOfPage(session));

    // then
    signedOut.then().statusCode(303).header("Location", containsString("/signin"));
    assertThat(signedOut.getDetailedCookie("irp_session").getMaxAge()).isZero();
    me(session).then().statusCode(401);
  }

  @Test
  void shouldRefuseASignOutWithoutTheSessionsCsrfTokenAndKeepTheSession() {
    // given
    fixtures.user("ses-sid", "legal");
    String session = SignInForms.session("ses-sid", InboxFixtures.PASSWORD);

    // when
    Response forged = signOut(session, "forged");

    // then
    forged.then().statusCode(403).contentType("application/problem+json");
    me(session).then().statusCode(200);
  }

  @Test
  void shouldEndSessionsAndBasicAccessAtOnceWhenAnAdminDisablesTheUser() {
    // given
    fixtures.user("ses-dan", "legal");
    String session = SignInForms.session("ses-dan", InboxFixtures.PASSWORD);
    me(session).then().statusCode(200);

    // when
    InboxFixtures.as("adm-ada")
        .post("/api/users/ses-dan/disable")
        .then()
        .statusCode(200)
        .body("disabled", is(true));

    // then
    me(session).then().statusCode(401);
    InboxFixtures.as("ses-dan").get("/api/me").then().statusCode(401);
    SignInForms.post("ses-dan", InboxFixtures.PASSWORD).then().statusCode(401);

    // and enabling lets the password in again, but never the old cookie
    InboxFixtures.as("adm-ada").post("/api/users/ses-dan/enable").then().statusCode(200);
    InboxFixtures.as("ses-dan").get("/api/me").then().statusCode(200);
    me(session).then().statusCode(401);
  }

  @Test
  void shouldEndSessionsAndTheOldPasswordWhenUsersChangeTheirOwnPassword() {
    // given
    fixtures.user("ses-pat", "legal");
    String session = SignInForms.session("ses-pat", InboxFixtures.PASSWORD);

    // when a wrong current password is refused, then the right one changes it
    Response wrong =
        InboxFixtures.as("ses-pat")
            .body(Map.of("currentPassword", "not-my-password", "newPassword", "a-new-long-secret"))
            .post("/api/me/password");
    Response changed =
        InboxFixtures.as("ses-pat")
            .body(
                Map.of(
                    "currentPassword", InboxFixtures.PASSWORD, "newPassword", "a-new-long-secret"))
            .post("/api/me/password");

    // then
    wrong.then().statusCode(403).contentType("application/problem+json");
    changed.then().statusCode(204);
    me(session).then().statusCode(401);
    InboxFixtures.as("ses-pat").get("/api/me").then().statusCode(401);
    given()
        .auth()
        .preemptive()
        .basic("ses-pat", "a-new-long-secret")
        .get("/api/me")
        .then()
        .statusCode(200);
  }

  @Test
  void shouldLetAnAdminResetAPasswordButNotDisableThemselves() {
    // given
    fixtures.user("ses-rob", "legal");

    // when
    Response reset =
        InboxFixtures.as("adm-ada")
            .body(Map.of("password", "reset-by-the-admin"))
            .post("/api/users/ses-rob/password");
    Response self = InboxFixtures.as("adm-ada").post("/api/users/adm-ada/disable");
    Response unknown = InboxFixtures.as("adm-ada").post("/api/users/no-such-user/disable");

    // then
    reset.then().statusCode(200);
    given()
        .auth()
        .preemptive()
        .basic("ses-rob", "reset-by-the-admin")
        .get("/api/me")
        .then()
        .statusCode(200);
    self.then().statusCode(409).contentType("application/problem+json");
    unknown.then().statusCode(404).contentType("application/problem+json");
  }

  @Test
  void shouldRefuseASignInPostWithoutTheFormsTokenAndSetNoSession() {
    // given
    fixtures.user("ses-cam", "legal");
    SignInForms.Form form = SignInForms.open();

    // when: a cross-site form has neither the cookie nor a token that matches it
    Response noCookie =
        SignInForms.post(
            new SignInForms.Form(null, form.csrf()), "ses-cam", InboxFixtures.PASSWORD);
    Response wrongToken =
        SignInForms.post(
            new SignInForms.Form(form.cookie(), "forged"), "ses-cam", InboxFixtures.PASSWORD);

    // then
    noCookie.then().statusCode(403).body(containsString("expired"));
    wrongToken.then().statusCode(403);
    assertThat(noCookie.getCookie("irp_session")).isNull();
    assertThat(wrongToken.getCookie("irp_session")).isNull();
    SignInForms.post(form, "ses-cam", InboxFixtures.PASSWORD).then().statusCode(303);
  }

  private static Response me(String session) {
    return given().cookie("irp_session", session).get("/api/me");
  }

  private static String csrfOfPage(String session) {
    String page =
        given()
            .cookie("irp_session", session)
            .get("/inbox")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    Matcher csrf = CSRF.matcher(page);
    assertThat(csrf.find()).as("a form with a CSRF token on the page").isTrue();
    return csrf.group(1);
  }

  private static Response signOut(String session, String csrf) {
    return given()
        .cookie("irp_session", session)
        .redirects()
        .follow(false)
        .contentType("application/x-www-form-urlencoded")
        .formParam("_csrf", csrf)
        .post("/signout");
  }
}
