package io.irplaybook.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.irplaybook.inbox.InboxFixtures;
import io.irplaybook.security.SignInForms;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The incident pages over HTTP: landing per role, the declare form, the list, the overview. */
@QuarkusTest
class IncidentPagesTest {

  @Inject InboxFixtures fixtures;

  @BeforeEach
  void users() {
    fixtures.user("ip-ivy", "incident-commander");
    fixtures.user("ip-ada", "admin");
    fixtures.user("ip-net", "network-admin");
    fixtures.user("ip-rex", "reporter");
  }

  @Test
  void shouldSendEachRoleToItsOwnStartPageAfterSignIn() {
    assertThat(landing("ip-ada")).isEqualTo("/dashboard");
    assertThat(landing("ip-ivy")).isEqualTo("/dashboard");
    assertThat(landing("ip-net")).isEqualTo("/inbox");
    assertThat(landing("ip-rex")).isEqualTo("/account/password");
  }

  @Test
  void shouldSendAnAdminWhoOpensTheInboxToTheDashboardInsteadOfRefusing() {
    Response inbox =
        given().cookie("irp_session", session("ip-ada")).redirects().follow(false).get("/inbox");

    assertThat(inbox.statusCode()).isEqualTo(303);
    assertThat(inbox.getHeader("Location")).endsWith("/dashboard");
  }

  @Test
  void shouldShowTheApiMessageNextToTheBadFieldAndKeepWhatWasTyped() {
    // given
    String session = session("ip-ivy");
    String csrf = csrf(get(session, "/incidents/new").asString());
    String title = "Form exposure " + UUID.randomUUID();

    // when the employee count is not a number
    Response refused = declare(session, csrf, title, "twenty");

    // then the page says so next to the field and keeps the values
    assertThat(refused.statusCode()).isEqualTo(422);
    String page = refused.asString();
    assertThat(page).contains("id=\"employees-error\"").contains("aria-invalid=\"true\"");
    assertThat(fieldError(page, "employees")).isNotBlank();
    assertThat(page).contains("value=\"" + title + "\"").contains("value=\"twenty\"");
    assertThat(page).doesNotContain("id=\"title-error\"");

    // and when it is fixed, the incident is declared and its overview shows
    Response accepted = declare(session, csrf, title, "20");
    assertThat(accepted.statusCode()).isEqualTo(303);
    String location = accepted.getHeader("Location");
    assertThat(location).matches(".*/incidents/[^/]+$");
    String overview = get(session, location.replaceFirst("^https?://[^/]+", "")).asString();
    // The steps (and so the diagram) come when the engine hands out the jobs; the walk waits for
    // them, here the header and the phases are enough.
    assertThat(overview)
        .contains(title)
        .contains("id=\"phase-contain\"")
        .contains("id=\"incident-tier\"");
  }

  @Test
  void shouldDeclareOnceWhenTheSameFormIsSentTwice() {
    // given the form as the browser got it, with its request id
    String session = session("ip-ivy");
    String form = get(session, "/incidents/new").asString();
    String csrf = csrf(form);
    Matcher id = Pattern.compile("name=\"requestId\" value=\"([^\"]+)\"").matcher(form);
    assertThat(id.find()).as("the form carries a request id").isTrue();
    String title = "Twice " + UUID.randomUUID();
    String org = "Twice-" + UUID.randomUUID().toString().substring(0, 8);

    // when it is sent twice (a double click, or a retry after a dropped answer)
    Response first = declare(session, csrf, title, "20", org, id.group(1));
    Response second = declare(session, csrf, title, "20", org, id.group(1));

    // then both lead to the one incident
    assertThat(first.statusCode()).isEqualTo(303);
    assertThat(second.statusCode()).isEqualTo(303);
    assertThat(second.getHeader("Location")).isEqualTo(first.getHeader("Location"));
    assertThat(get(session, "/incidents?organization=" + org).asString().split(title, -1))
        .as("rows titled " + title)
        .hasSize(2);

    // and the same form sent back changed declares nothing but says why, with a fresh id
    Response changed = declare(session, csrf, title + " changed", "20", org, id.group(1));
    assertThat(changed.statusCode()).isEqualTo(422);
    assertThat(changed.asString())
        .contains("already declared an incident")
        .doesNotContain("value=\"" + id.group(1) + "\"");
  }

  @Test
  void shouldFilterTheListByOrganisationAndTier() {
    // given two incidents of different organisations
    String session = session("ip-ivy");
    String csrf = csrf(get(session, "/incidents/new").asString());
    String mine = "Org-" + UUID.randomUUID().toString().substring(0, 8);
    declare(session, csrf, "Listed " + mine, "20", mine);
    declare(session, csrf, "Other " + mine, "20", "Another " + UUID.randomUUID());

    // when
    String page = get(session, "/incidents?organization=" + mine + "&tier=small").asString();
    String largeOnly = get(session, "/incidents?organization=" + mine + "&tier=large").asString();

    // then
    assertThat(page).contains("Listed " + mine).doesNotContain("Other " + mine);
    assertThat(largeOnly).doesNotContain("Listed " + mine).contains("id=\"no-incidents\"");
  }

  @Test
  void shouldDeclareEachGoodRowOfAnUploadedCsvAndListTheBadOnes() {
    // given a file with a good row (quoted assets holding commas) and one with a bad count
    String session = session("ip-ivy");
    String csrf = csrf(get(session, "/incidents/batch").asString());
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String csv =
        "title,scenario,severity,orgName,employees,industry,jurisdictions,personalData,locale,assets\n"
            + "Batch good "
            + tag
            + ",cloud-config-backup-exposure,high,Batch KK,20,retail,JP;US,no,en,"
            + "\"fw-hq, firewall, yes;fw-osaka, firewall, no\"\n"
            + "Batch bad "
            + tag
            + ",cloud-config-backup-exposure,high,Batch KK,many,retail,JP,no,en,\n";

    // when
    Response result =
        given()
            .cookie("irp_session", session)
            .redirects()
            .follow(false)
            .multiPart("_csrf", csrf)
            .multiPart("file", "incidents.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
            .post("/incidents/batch");

    // then the good row is an incident, the bad one says why
    assertThat(result.statusCode()).isEqualTo(200);
    String page = result.asString();
    Matcher good =
        Pattern.compile("data-row=\"2\"[^>]*>.*?href=\"/incidents/([^\"]+)\"", Pattern.DOTALL)
            .matcher(page);
    assertThat(good.find()).as("a link to the incident of row 2").isTrue();
    assertThat(page).containsPattern("(?s)data-row=\"3\".*not declared.*organization.employees");
    String overview = get(session, "/incidents/" + good.group(1)).asString();
    assertThat(overview).contains("Batch good " + tag);
  }

  @Test
  void shouldShowTheDashboardAndTheOverviewInJapanese() {
    String session = session("ip-ivy");
    String incident = fixtures.declareIncident();
    InboxFixtures.awaitTask("ip-ivy", incident, "restrict-management-access");

    String dashboard = get(session, "/dashboard?lang=ja").asString();
    String overview = get(session, "/incidents/" + incident + "?lang=ja").asString();

    assertThat(dashboard).contains("lang=\"ja\"").contains("対応中のインシデント").contains("封じ込め");
    assertThat(overview).contains("フェーズ別の進捗").contains("がインシデントを宣言しました");
    // Japanese order: who が what を did, not the English who-did-what
    assertThat(overview).containsPattern("が <em>[^<]+</em> を開始しました");
  }

  private static String landing(String user) {
    String session = session(user);
    Response root = given().cookie("irp_session", session).redirects().follow(false).get("/");
    assertThat(root.statusCode()).isEqualTo(303);
    String path = root.getHeader("Location").replaceFirst("^https?://[^/]+", "");
    Response page = given().cookie("irp_session", session).redirects().follow(false).get(path);
    assertThat(page.statusCode()).as(user + " on " + path).isEqualTo(200);
    return path;
  }

  private static Response declare(String session, String csrf, String title, String employees) {
    return declare(session, csrf, title, employees, "Form Test KK");
  }

  private static Response declare(
      String session, String csrf, String title, String employees, String org) {
    return declare(session, csrf, title, employees, org, null);
  }

  private static Response declare(
      String session, String csrf, String title, String employees, String org, String requestId) {
    Map<String, String> form =
        new java.util.HashMap<>(
            Map.of(
                "_csrf", csrf,
                "title", title,
                "scenario", "cloud-config-backup-exposure",
                "severity", "high",
                "orgName", org,
                "employees", employees,
                "jurisdictions", "JP",
                "personalData", "no",
                "locale", "en",
                "assets", "fw-hq, firewall, yes"));
    if (requestId != null) {
      form.put("requestId", requestId);
    }
    return given()
        .cookie("irp_session", session)
        .redirects()
        .follow(false)
        .contentType("application/x-www-form-urlencoded")
        .formParams(form)
        .post("/incidents/new");
  }

  static String session(String user) {
    return SignInForms.session(user, InboxFixtures.PASSWORD);
  }

  static String signInWith(String user, String password) {
    return SignInForms.session(user, password);
  }

  static Response get(String session, String path) {
    Response r = given().cookie("irp_session", session).redirects().follow(false).get(path);
    assertThat(r.statusCode()).as("GET " + path).isEqualTo(200);
    return r;
  }

  static String csrf(String page) {
    Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
    assertThat(m.find()).as("a form with a CSRF token").isTrue();
    return m.group(1);
  }

  private static String fieldError(String page, String field) {
    Matcher m = Pattern.compile("id=\"" + field + "-error\">([^<]*)</small>").matcher(page);
    return m.find() ? m.group(1) : "";
  }
}
