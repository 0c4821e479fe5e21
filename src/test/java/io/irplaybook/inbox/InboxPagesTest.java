package io.irplaybook.inbox;

import static io.irplaybook.inbox.InboxFixtures.awaitTask;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.irplaybook.security.SignInForms;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The server-rendered pages: forms work without JavaScript, carry CSRF tokens and speak en/ja. */
@QuarkusTest
class InboxPagesTest {

  @Inject InboxFixtures fixtures;

  @BeforeEach
  void users() {
    fixtures.user("ic-ines", "incident-commander");
    fixtures.user("fx-fumi", "forensics");
    fixtures.user("adm-ada", "admin");
  }

  @Test
  void shouldClaimTickAndCompleteATaskThroughTheForms() {
    // given
    String incident = fixtures.startIncident();
    long id = awaitTask("ic-ines", incident, "preserve-evidence");
    String session = signIn("fx-fumi");
    String page =
        get(session, "/inbox/queue").body(containsString("Preserve the logs")).extract().asString();
    String csrf = csrf(page);

    // when
    post(session, "/inbox/tasks/" + id + "/claim", csrf).statusCode(303);
    post(session, "/inbox/tasks/" + id + "/checklist/1", csrf).statusCode(303);
    post(session, "/inbox/tasks/" + id + "/checklist/2", csrf).statusCode(303);
    String detail = get(session, "/inbox/tasks/" + id).extract().asString();
    assertThat(detail)
        .contains("Export the cloud audit logs")
        .contains("data-ticked=\"true\"")
        .doesNotContain("data-ticked=\"false\"");
    post(session, "/inbox/tasks/" + id + "/complete", csrf).statusCode(303);

    // then
    get(session, "/inbox/tasks/" + id).body(containsString("completed"));
    awaitTask("ic-ines", incident, "approve-reset");
    String incidentPage =
        get(signIn("ic-ines"), "/inbox/incidents/" + incident).extract().asString();
    assertThat(incidentPage)
        .contains("<svg")
        .contains("data-element-id=\"preserve-evidence\" data-state=\"completed\"")
        .contains("data-element-id=\"approve-reset\" data-state=\"current\"")
        .contains("data-element-id=\"end\" data-state=\"pending\"")
        .contains("task.completed");
  }

  @Test
  void shouldColourTheDiagramFromTheEngineHistoryLeavingAnUntakenBranchNotTaken() {
    // given an incident declared without a tier override, waiting at its first-hour steps
    String incident = fixtures.declareIncident();
    awaitTask("ic-ines", incident, "restrict-management-access");

    // when
    String page = get(signIn("ic-ines"), "/incidents/" + incident).extract().asString();

    // then the override-reason step, upstream of the running playbook but never reached, is not
    // shown as done (the inference from the inbox's steps would have ticked it)
    assertThat(page)
        .contains("data-element-id=\"select-playbook\" data-state=\"completed\"")
        .contains("data-element-id=\"run-playbook\" data-state=\"current\"")
        .contains("data-element-id=\"record-override-reason\" data-state=\"pending\"")
        .contains("data-element-id=\"restrict-management-access\" data-state=\"current\"")
        .doesNotContain("is inferred from the steps the inbox knows");
  }

  @Test
  void shouldRefuseAFormWithoutTheCsrfToken() {
    // given
    String incident = fixtures.startIncident();
    long id = awaitTask("ic-ines", incident, "preserve-evidence");
    String session = signIn("fx-fumi");

    // when / then
    post(session, "/inbox/tasks/" + id + "/claim", "forged").statusCode(403);
    given()
        .auth()
        .preemptive()
        .basic("fx-fumi", InboxFixtures.PASSWORD)
        .redirects()
        .follow(false)
        .contentType("application/x-www-form-urlencoded")
        .formParam("_csrf", "")
        .post("/inbox/tasks/" + id + "/claim")
        .then()
        .statusCode(403);
  }

  @Test
  void shouldSpeakJapaneseWhenTheBrowserAsksForIt() {
    // given
    String session = signIn("fx-fumi");

    // when / then
    given()
        .cookie("irp_session", session)
        .header("Accept-Language", "ja,en;q=0.5")
        .get("/inbox")
        .then()
        .statusCode(200)
        .body(containsString("自分のタスク"))
        .body(containsString("lang=\"ja\""));
    given()
        .cookie("irp_session", session)
        .header("Accept-Language", "ja")
        .queryParam("lang", "en")
        .get("/inbox")
        .then()
        .statusCode(200)
        .body(containsString("My tasks"))
        .cookie("irp_lang", "en");
  }

  @Test
  void shouldShowTheIssuedTokenOnceOnTheAdminPage() {
    // given
    String session = signIn("adm-ada");
    String csrf = csrf(get(session, "/admin").extract().asString());
    String name = "ticketing-" + UUID.randomUUID().toString().substring(0, 8);

    // when
    String page =
        given()
            .cookie("irp_session", session)
            .redirects()
            .follow(false)
            .contentType("application/x-www-form-urlencoded")
            .formParam("_csrf", csrf)
            .formParam("name", name)
            .formParam("roles", "reporter")
            .post("/admin/tokens")
            .then()
            .statusCode(201)
            .extract()
            .asString();

    // then
    assertThat(page).containsPattern("<code>irp_[A-Za-z0-9_-]{40,}</code>");
    get(session, "/admin").body(containsString(name)).body(not(containsString("<code>irp_")));
  }

  @Test
  void shouldForbidTheAdminPageToResponders() {
    // when / then
    given()
        .cookie("irp_session", signIn("fx-fumi"))
        .redirects()
        .follow(false)
        .get("/admin")
        .then()
        .statusCode(403);
  }

  static String signIn(String user) {
    return SignInForms.session(user, InboxFixtures.PASSWORD);
  }

  private static ValidatableResponse get(String session, String path) {
    return given()
        .cookie("irp_session", session)
        .redirects()
        .follow(false)
        .get(path)
        .then()
        .statusCode(200);
  }

  private static ValidatableResponse post(String session, String path, String csrf) {
    return given()
        .cookie("irp_session", session)
        .redirects()
        .follow(false)
        .contentType("application/x-www-form-urlencoded")
        .formParam("_csrf", csrf)
        .post(path)
        .then();
  }

  static String csrf(String page) {
    Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
    assertThat(m.find()).as("a form with a CSRF token").isTrue();
    return m.group(1);
  }
}
