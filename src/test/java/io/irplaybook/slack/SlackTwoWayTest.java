package io.irplaybook.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.irplaybook.inbox.InboxFixtures.as;
import static io.irplaybook.inbox.InboxFixtures.awaitTask;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.irplaybook.audit.AuditRecord;
import io.irplaybook.audit.AuditTrail;
import io.irplaybook.inbox.InboxFixtures;
import io.irplaybook.platform.TestClock;
import io.irplaybook.slack.service.IncidentChannels;
import io.irplaybook.slack.service.SlackSignature;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Slack, two-way, with requests signed as Slack signs them: a Claim button press claims the task as
 * the linked user; an unlinked member is told to link; forged and replayed requests are refused and
 * audited; {@code /irp status} and {@code /irp mine} answer with what the user may see.
 */
@QuarkusTest
@QuarkusTestResource(value = SlackPeers.class, restrictToAnnotatedClass = true)
class SlackTwoWayTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Inject InboxFixtures fixtures;
  @Inject AuditTrail audit;
  @Inject TestClock clock;
  @Inject AgroalDataSource dataSource;
  @Inject IncidentChannels channels;

  @BeforeEach
  void slackAnswersEveryResponseUrl() {
    SlackPeers.wireMock.resetAll();
    SlackPeers.wireMock.stubFor(
        post(urlEqualTo("/hooks/reply")).willReturn(aResponse().withStatus(200)));
    fixtures.user("admin-slack", "admin");
  }

  private static String memberId() {
    return "U" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
  }

  private static void link(String username, String slackUserId) {
    as("admin-slack")
        .body(Map.of("slackUserId", slackUserId))
        .put("/api/users/" + username + "/slack")
        .then()
        .statusCode(200)
        .body("slackUserId", equalTo(slackUserId));
  }

  private static String form(Map<String, String> fields) {
    StringBuilder out = new StringBuilder();
    fields.forEach(
        (k, v) ->
            out.append(out.length() == 0 ? "" : "&")
                .append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return out.toString();
  }

  private String claimPress(String slackUserId, long taskId) throws Exception {
    var payload =
        Map.of(
            "type",
            "block_actions",
            "user",
            Map.of("id", slackUserId, "username", "someone"),
            "response_url",
            SlackPeers.base() + "/hooks/reply",
            "actions",
            List.of(
                Map.of(
                    "action_id", "irp_claim",
                    "type", "button",
                    "value", String.valueOf(taskId))));
    return form(Map.of("payload", JSON.writeValueAsString(payload)));
  }

  /** Posts the body signed with the test secret at {@code timestamp}. */
  private static ValidatableResponse signed(String path, String body, long timestamp) {
    String ts = String.valueOf(timestamp);
    return sent(
        path,
        body,
        ts,
        SlackSignature.sign(SlackPeers.SIGNING_SECRET, ts, body.getBytes(StandardCharsets.UTF_8)));
  }

  private static ValidatableResponse sent(String path, String body, String ts, String signature) {
    // Sent as text: the signature covers these exact bytes, so RestAssured must not re-encode them.
    return given()
        .config(
            RestAssured.config()
                .encoderConfig(
                    EncoderConfig.encoderConfig()
                        .encodeContentTypeAs(
                            "application/x-www-form-urlencoded", ContentType.TEXT)))
        .contentType("application/x-www-form-urlencoded; charset=utf-8")
        .header("X-Slack-Request-Timestamp", ts)
        .header("X-Slack-Signature", signature)
        .body(body)
        .post(path)
        .then();
  }

  private long now() {
    return clock.instant().getEpochSecond();
  }

  private List<String> replies() {
    return SlackPeers.wireMock.findAll(postRequestedFor(urlEqualTo("/hooks/reply"))).stream()
        .map(r -> r.getBodyAsString())
        .toList();
  }

  @Test
  void shouldClaimTheTaskAsTheLinkedUserWhenClaimIsPressed() throws Exception {
    // given: a forensics user linked to a Slack member, and a step offered to forensics
    fixtures.user("fx-slack", "forensics");
    fixtures.user("ic-slack", "incident-commander");
    String member = memberId();
    link("fx-slack", member);
    String incident = fixtures.startIncident();
    long task = awaitTask("ic-slack", incident, "preserve-evidence");

    // when: the member presses Claim
    signed("/api/slack/interactions", claimPress(member, task), now())
        .statusCode(200)
        .body("response_type", equalTo("ephemeral"))
        .body("text", containsString("You claimed task " + task + " as fx-slack"));

    // then: the task is theirs, the timeline says they claimed it, and Slack got the answer
    as("fx-slack")
        .get("/api/tasks/" + task)
        .then()
        .statusCode(200)
        .body("assignee", equalTo("fx-slack"));
    List<AuditRecord> timeline = audit.forIncident(incident, 1000);
    assertThat(timeline)
        .filteredOn(r -> r.event().action().equals("task.claimed"))
        .extracting(r -> r.event().actor())
        .containsExactly("fx-slack");
    assertThat(replies()).anySatisfy(r -> assertThat(r).contains("You claimed task " + task));
  }

  @Test
  void shouldRefuseAClaimTheWebInboxWouldRefuse() throws Exception {
    // given: a linked user whose groups the step is not offered to
    fixtures.user("ia-slack", "identity-admin");
    fixtures.user("ic-slack", "incident-commander");
    String member = memberId();
    link("ia-slack", member);
    String incident = fixtures.startIncident();
    long task = awaitTask("ic-slack", incident, "preserve-evidence");

    // when
    signed("/api/slack/interactions", claimPress(member, task), now())
        .statusCode(200)
        .body("text", containsString("Could not claim task " + task));

    // then: nobody holds it
    as("ic-slack").get("/api/tasks/" + task).then().statusCode(200).body("assignee", equalTo(null));
  }

  @Test
  void shouldTellAnUnlinkedMemberToLinkTheirAccountAndClaimNothing() throws Exception {
    // given
    fixtures.user("ic-slack", "incident-commander");
    String incident = fixtures.startIncident();
    long task = awaitTask("ic-slack", incident, "preserve-evidence");
    String stranger = memberId();

    // when
    signed("/api/slack/interactions", claimPress(stranger, task), now())
        .statusCode(200)
        .body("response_type", equalTo("ephemeral"))
        .body("text", containsString("not linked"));

    // then
    as("ic-slack").get("/api/tasks/" + task).then().statusCode(200).body("assignee", equalTo(null));
    assertThat(replies()).anySatisfy(r -> assertThat(r).contains("not linked").contains(stranger));
  }

  @Test
  void shouldRefuseAForgedRequestAndAuditIt() throws Exception {
    // given: a linked member and a press signed with another secret
    fixtures.user("fx-slack", "forensics");
    fixtures.user("ic-slack", "incident-commander");
    String member = memberId();
    link("fx-slack", member);
    String incident = fixtures.startIncident();
    long task = awaitTask("ic-slack", incident, "preserve-evidence");
    String body = claimPress(member, task);
    String ts = String.valueOf(now());
    String forged =
        SlackSignature.sign(
            "not-the-signing-secret-000000000", ts, body.getBytes(StandardCharsets.UTF_8));
    long before = refusals();

    // when
    sent("/api/slack/interactions", body, ts, forged)
        .statusCode(401)
        .contentType("application/problem+json")
        .body("detail", containsString("did not match"));

    // then: nothing claimed, one refusal audited
    as("ic-slack").get("/api/tasks/" + task).then().statusCode(200).body("assignee", equalTo(null));
    assertThat(refusals()).isEqualTo(before + 1);
  }

  @Test
  void shouldRefuseARequestReplayedAfterFiveMinutesAndAuditIt() throws Exception {
    // given: a press signed correctly six minutes ago (a captured request sent again)
    fixtures.user("fx-slack", "forensics");
    fixtures.user("ic-slack", "incident-commander");
    String member = memberId();
    link("fx-slack", member);
    String incident = fixtures.startIncident();
    long task = awaitTask("ic-slack", incident, "preserve-evidence");
    long sixMinutesAgo = now() - Duration.ofMinutes(6).toSeconds();
    long before = refusals();

    // when
    signed("/api/slack/interactions", claimPress(member, task), sixMinutesAgo)
        .statusCode(401)
        .contentType("application/problem+json")
        .body("detail", containsString("within 5 minutes"));
    signed("/api/slack/commands", form(Map.of("text", "mine", "user_id", member)), sixMinutesAgo)
        .statusCode(401);

    // then
    as("ic-slack").get("/api/tasks/" + task).then().statusCode(200).body("assignee", equalTo(null));
    assertThat(refusals()).isEqualTo(before + 2);
  }

  @Test
  void shouldAnswerMineWithTheLinkedUsersClaimedOpenSteps() throws Exception {
    // given: a linked member who claimed a step in the web inbox
    fixtures.user("fx-mine", "forensics");
    fixtures.user("ic-slack", "incident-commander");
    String member = memberId();
    link("fx-mine", member);
    String incident = fixtures.startIncident();
    long task = awaitTask("ic-slack", incident, "preserve-evidence");
    as("fx-mine").post("/api/tasks/" + task + "/claim").then().statusCode(200);

    // when / then
    signed("/api/slack/commands", form(Map.of("text", "mine", "user_id", member)), now())
        .statusCode(200)
        .body("response_type", equalTo("ephemeral"))
        .body("text", containsString(incident))
        .body("text", containsString("task " + task));
  }

  @Test
  void shouldAnswerStatusOnlyForIncidentsTheLinkedUserMaySee() throws Exception {
    // given: a declared incident, a linked commander and a linked reporter who did not declare it
    fixtures.user("ic-status", "incident-commander");
    fixtures.user("rep-other", "reporter");
    String commander = memberId();
    String reporter = memberId();
    link("ic-status", commander);
    link("rep-other", reporter);
    String incident = fixtures.declareIncident();

    // when / then: the commander sees tier, phases and counts
    signed(
            "/api/slack/commands",
            form(Map.of("text", "status " + incident, "user_id", commander)),
            now())
        .statusCode(200)
        .body("response_type", equalTo("ephemeral"))
        .body("text", containsString(incident))
        .body("text", containsString("Tier:"))
        .body("text", containsString("Phases:"))
        .body("text", containsString("Overdue:"));
    signed(
            "/api/slack/commands",
            form(Map.of("text", "status " + incident + " share", "user_id", commander)),
            now())
        .statusCode(200)
        .body("response_type", equalTo("in_channel"));
    // the reporter learns nothing, not even that it exists
    signed(
            "/api/slack/commands",
            form(Map.of("text", "status " + incident, "user_id", reporter)),
            now())
        .statusCode(200)
        .body("text", containsString("No incident " + incident + " that you may see"))
        .body("text", org.hamcrest.Matchers.not(containsString("Tier:")));
  }

  @Test
  void shouldCreateOneSlackChannelPerDeclaredIncidentWithTheBotToken() throws Exception {
    // given: Slack's Web API (WireMock) creates channels
    SlackPeers.wireMock.stubFor(
        post(urlEqualTo("/api/conversations.create"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"ok\":true,\"channel\":{\"id\":\"C0TEST\",\"name\":\"x\"}}")));
    String incident = fixtures.declareIncident();
    String name =
        incident.toLowerCase(java.util.Locale.ROOT).startsWith("inc-")
            ? incident.toLowerCase(java.util.Locale.ROOT)
            : "inc-" + incident.toLowerCase(java.util.Locale.ROOT);

    // when: two passes
    channels.run();
    channels.run();

    // then: one conversations.create for this incident, with the bot token, and on the timeline
    var calls =
        SlackPeers.wireMock
            .findAll(postRequestedFor(urlEqualTo("/api/conversations.create")))
            .stream()
            .filter(r -> r.getBodyAsString().contains("\"" + name + "\""))
            .toList();
    assertThat(calls).hasSize(1);
    assertThat(calls.get(0).getHeader("Authorization")).isEqualTo("Bearer " + SlackPeers.BOT_TOKEN);
    assertThat(JSON.readTree(calls.get(0).getBodyAsString()).get("name").asText()).isEqualTo(name);
    assertThat(audit.forIncident(incident, 1000))
        .filteredOn(r -> r.event().action().equals("slack.channel-created"))
        .hasSize(1);
  }

  @Test
  void shouldAnswerHelpWithoutALinkedAccount() {
    signed("/api/slack/commands", form(Map.of("text", "help", "user_id", memberId())), now())
        .statusCode(200)
        .body("text", containsString("/irp status"));
  }

  /** Refusals are not an incident's records: count them in the trail's table. */
  private long refusals() throws Exception {
    try (var connection = dataSource.getConnection();
        var query =
            connection.prepareStatement(
                "select count(*) from audit_record where action = 'slack.refused'");
        var rows = query.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
