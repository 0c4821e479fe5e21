package io.irplaybook.paging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.irplaybook.alert.IntegrationPeers;
import io.irplaybook.audit.AuditRecord;
import io.irplaybook.audit.AuditTrail;
import io.irplaybook.inbox.InboxFixtures;
import io.irplaybook.incident.service.RecordedFacts;
import io.irplaybook.paging.service.PagerDutySignature;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * PagerDuty V3 webhooks, signed in the test with a real HMAC: an on-call acknowledging our page is
 * recorded on the incident's timeline as that person; a forged delivery is refused and audited.
 */
@QuarkusTest
@QuarkusTestResource(value = IntegrationPeers.class, restrictToAnnotatedClass = true)
class PagerDutyWebhookTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PATH = "/api/pagerduty/webhooks";

  @Inject InboxFixtures fixtures;
  @Inject RecordedFacts facts;
  @Inject AuditTrail audit;
  @Inject AgroalDataSource dataSource;

  /** A V3 webhook as PagerDuty sends it, trimmed to the fields we read and a few around them. */
  private static String webhook(String eventType, String incidentKey, String agent)
      throws Exception {
    return JSON.writeValueAsString(
        Map.of(
            "event",
            Map.of(
                "id",
                "01" + UUID.randomUUID().toString().replace("-", "").toUpperCase(),
                "event_type",
                eventType,
                "resource_type",
                "incident",
                "occurred_at",
                "2026-12-02T03:04:05.678Z",
                "agent",
                Map.of("id", "PAGENT1", "summary", agent, "type", "user_reference"),
                "data",
                Map.of(
                    "id", "Q1PDINCIDENT",
                    "type", "incident",
                    "status", eventType.substring("incident.".length()),
                    "incident_key", incidentKey,
                    "title", "Paged from ir-playbook-runner"))));
  }

  private static ValidatableResponse post(String body, String signature) {
    var request = given().contentType("application/json");
    if (signature != null) {
      request.header("X-PagerDuty-Signature", signature);
    }
    return request.body(body.getBytes(StandardCharsets.UTF_8)).post(PATH).then();
  }

  private static String sign(String secret, String body) {
    return PagerDutySignature.sign(secret, body.getBytes(StandardCharsets.UTF_8));
  }

  private String pagedIncident() {
    String incident = fixtures.declareIncident();
    facts.raiseSeverity(incident, "critical", 1L); // pages with key <incident>/severity
    return incident;
  }

  private List<AuditRecord> recorded(String incident, String action) {
    return audit.forIncident(incident, 1000).stream()
        .filter(r -> r.event().action().equals(action))
        .toList();
  }

  @Test
  void shouldRecordAnAcknowledgementOnTheTimelineAsThePagerDutyUser() throws Exception {
    // given: a paged incident and PagerDuty's acknowledgement of the page
    String incident = pagedIncident();
    String body = webhook("incident.acknowledged", incident + "/severity", "Ada On-call");

    // when
    post(body, sign(IntegrationPeers.PD_WEBHOOK_SECRET, body))
        .statusCode(202)
        .body("recorded", equalTo(true))
        .body("incidentId", equalTo(incident));

    // then
    List<AuditRecord> acks = recorded(incident, "page.acknowledged");
    assertThat(acks).hasSize(1);
    assertThat(acks.get(0).event().actor()).isEqualTo("pagerduty:Ada On-call");
    assertThat(acks.get(0).event().details())
        .containsEntry("dedupKey", incident + "/severity")
        .containsEntry("pagerDutyIncident", "Q1PDINCIDENT");
  }

  @Test
  void shouldAcceptOneMatchingSignatureAmongSeveralDuringARotation() throws Exception {
    // given: PagerDuty signs with the new secret and one we do not know
    String incident = pagedIncident();
    String body = webhook("incident.resolved", incident + "/severity", "Bo Backup");
    String header =
        sign("a-secret-we-never-had-000000000000", body)
            + ", "
            + sign(IntegrationPeers.OLD_PD_WEBHOOK_SECRET, body);

    // when
    post(body, header).statusCode(202).body("action", equalTo("page.resolved-in-pagerduty"));

    // then
    assertThat(recorded(incident, "page.resolved-in-pagerduty"))
        .extracting(r -> r.event().actor())
        .containsExactly("pagerduty:Bo Backup");
  }

  @Test
  void shouldRefuseAForgedDeliveryAndAuditIt() throws Exception {
    // given: the body changed after signing
    String incident = pagedIncident();
    String signed = webhook("incident.acknowledged", incident + "/severity", "Ada On-call");
    String forged = signed.replace("Ada On-call", "Mallory");
    long before = refusals();

    // when
    post(forged, sign(IntegrationPeers.PD_WEBHOOK_SECRET, signed))
        .statusCode(401)
        .contentType("application/problem+json")
        .body("detail", containsString("none matched"));
    post(forged, null).statusCode(401);

    // then
    assertThat(recorded(incident, "page.acknowledged")).isEmpty();
    assertThat(refusals()).isEqualTo(before + 2);
  }

  @Test
  void shouldAcceptButIgnoreAnEventForAKeyThatIsNoneOfOurPages() throws Exception {
    String body = webhook("incident.acknowledged", "somebody-elses-key", "Ada On-call");

    post(body, sign(IntegrationPeers.PD_WEBHOOK_SECRET, body))
        .statusCode(202)
        .body("recorded", equalTo(false));
  }

  private long refusals() throws Exception {
    try (var connection = dataSource.getConnection();
        var query =
            connection.prepareStatement(
                "select count(*) from audit_record where action = 'pagerduty.refused'");
        var rows = query.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
