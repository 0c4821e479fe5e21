package io.irplaybook.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.irplaybook.inbox.InboxFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The admin page changes a user's roles, and the account page changes one's own password. */
@QuarkusTest
class AdminPagesTest {

  @Inject InboxFixtures fixtures;

  @BeforeEach
  void users() {
    fixtures.user("ap-ada", "admin");
  }

  @Test
  void shouldChangeAUsersRolesWhichApplyToTheirNextRequest() {
    // given a responder who may not open the admin page
    String name = "ap-" + UUID.randomUUID().toString().substring(0, 8);
    fixtures.user(name, "forensics");
    String theirs = IncidentPagesTest.session(name);
    assertThat(adminPage(theirs).statusCode()).isEqualTo(403);
    String admin = IncidentPagesTest.session("ap-ada");
    String csrf = IncidentPagesTest.csrf(IncidentPagesTest.get(admin, "/admin").asString());

    // when the admin gives them the legal and admin roles instead
    Response changed =
        form(admin, csrf)
            .formParam("roles", "legal")
            .formParam("roles", "admin")
            .post("/admin/users/" + name + "/roles");

    // then the page lists the new roles, and their session has them at once
    assertThat(changed.statusCode()).isEqualTo(303);
    assertThat(IncidentPagesTest.get(admin, "/admin").asString())
        .containsPattern("id=\"user-" + name + "\">.*legal, admin");
    assertThat(adminPage(theirs).statusCode()).isEqualTo(200);
  }

  @Test
  void shouldRefuseToTakeTheAdminRoleFromOneself() {
    String admin = IncidentPagesTest.session("ap-ada");
    String csrf = IncidentPagesTest.csrf(IncidentPagesTest.get(admin, "/admin").asString());

    Response refused =
        form(admin, csrf).formParam("roles", "auditor").post("/admin/users/ap-ada/roles");

    assertThat(refused.statusCode()).isEqualTo(409);
    assertThat(refused.asString()).contains("id=\"problem\"").contains("admin role from yourself");
  }

  @Test
  void shouldLinkOnesOwnSlackMemberIdOnTheAccountPage() {
    // given
    String name = "ap-" + UUID.randomUUID().toString().substring(0, 8);
    String member =
        "U" + UUID.randomUUID().toString().replace("-", "").substring(0, 9).toUpperCase();
    fixtures.user(name, "forensics");
    String session = IncidentPagesTest.session(name);
    String csrf =
        IncidentPagesTest.csrf(IncidentPagesTest.get(session, "/account/password").asString());

    // when a malformed id is sent, then it is refused with a sentence and nothing is linked
    Response refused =
        form(session, csrf).formParam("slackUserId", "roadrunner").post("/account/password/slack");
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.asString()).contains("id=\"slack-problem\"").contains("member id");

    // when a member id is sent, then the page shows it linked
    Response linked =
        form(session, csrf).formParam("slackUserId", member).post("/account/password/slack");
    assertThat(linked.statusCode()).isEqualTo(303);
    assertThat(IncidentPagesTest.get(session, "/account/password").asString())
        .contains("value=\"" + member + "\"");
  }

  @Test
  void shouldChangeOnesOwnPasswordAndEndTheSession() {
    // given
    String name = "ap-" + UUID.randomUUID().toString().substring(0, 8);
    fixtures.user(name, "reporter");
    String session = IncidentPagesTest.session(name);
    String csrf =
        IncidentPagesTest.csrf(IncidentPagesTest.get(session, "/account/password").asString());

    // when the two new passwords differ, then nothing changes
    Response mismatch =
        form(session, csrf)
            .formParam("current", InboxFixtures.PASSWORD)
            .formParam("password", "a-new-long-password-1")
            .formParam("confirm", "a-new-long-password-2")
            .post("/account/password");
    assertThat(mismatch.statusCode()).isEqualTo(400);

    // when they match, the session ends and the new password signs in
    Response changed =
        form(session, csrf)
            .formParam("current", InboxFixtures.PASSWORD)
            .formParam("password", "a-new-long-password-1")
            .formParam("confirm", "a-new-long-password-1")
            .post("/account/password");
    assertThat(changed.statusCode()).isEqualTo(303);
    assertThat(changed.getHeader("Location")).endsWith("/signin");
    Response after =
        given().cookie("irp_session", session).redirects().follow(false).get("/account/password");
    assertThat(after.statusCode()).isNotEqualTo(200);
    assertThat(IncidentPagesTest.signInWith(name, "a-new-long-password-1")).isNotBlank();
  }

  @Test
  void shouldExplainARefusedOrUnknownPageInsteadOfAnsweringAnEmptyBody() {
    // given a responder, who may not open the admin page
    String name = "ap-" + UUID.randomUUID().toString().substring(0, 8);
    fixtures.user(name, "forensics");
    String session = IncidentPagesTest.session(name);

    // when the browser opens the admin page and an address that does not exist
    Response refused = browserGet(session, "/admin");
    Response unknown = browserGet(session, "/incidents/INC-none/nothing-here");

    // then each is a page of the app that says why and leads back to their start page
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.contentType()).startsWith("text/html");
    assertThat(refused.asString())
        .contains("id=\"error-title\">Not for your roles")
        .contains("href=\"/inbox\" role=\"button\" id=\"to-start-page\"");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.asString()).contains("id=\"error-title\">Not found");

    // and an API caller keeps its problem details
    Response api =
        given().cookie("irp_session", session).accept("application/json").get("/api/users");
    assertThat(api.statusCode()).isEqualTo(403);
    assertThat(api.contentType()).startsWith("application/problem+json");
  }

  private static Response browserGet(String session, String path) {
    return given()
        .cookie("irp_session", session)
        .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
        .redirects()
        .follow(false)
        .get(path);
  }

  private static Response adminPage(String session) {
    return given().cookie("irp_session", session).redirects().follow(false).get("/admin");
  }

  private static io.restassured.specification.RequestSpecification form(
      String session, String csrf) {
    return given()
        .cookie("irp_session", session)
        .redirects()
        .follow(false)
        .contentType("application/x-www-form-urlencoded")
        .formParam("_csrf", csrf);
  }
}
