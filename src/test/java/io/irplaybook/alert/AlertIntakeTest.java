package io.irplaybook.alert;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import io.irplaybook.alert.service.StandardWebhookSignature;
import io.irplaybook.audit.AuditRecord;
import io.irplaybook.audit.AuditTrail;
import io.irplaybook.inbox.InboxFixtures;
import io.irplaybook.incident.IncidentView;
import io.irplaybook.incident.Incidents;
import io.irplaybook.platform.Roles;
import io.irplaybook.platform.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * POST /api/alerts/{source} with real Standard Webhooks signatures computed here: mappings of each
 * format, de-duplication onto the open incident's timeline, and every refusal audited.
 */
@QuarkusTest
@QuarkusTestResource(value = IntegrationPeers.class, restrictToAnnotatedClass = true)
class AlertIntakeTest {

  @Inject InboxFixtures fixtures;
  @Inject AuditTrail audit;
  @Inject Incidents incidents;
  @Inject TestClock clock;

  private static String token;

  @BeforeEach
  void intakeToken() {
    if (token == null) {
      fixtures.user("adm-alerts", Roles.ADMIN);
      token =
          InboxFixtures.as("adm-alerts")
              .body(Map.of("name", "siem-" + suffix(), "roles", List.of(Roles.ALERT_INTAKE)))
              .post("/api/tokens")
              .then()
              .statusCode(201)
              .extract()
              .jsonPath()
              .getString("token");
    }
  }

  /** A Splunk webhook alert action payload, as Splunk's documentation shows it. */
  private static String splunk(String searchName, String customer, String hosts) {
    return """
        {"result":{"host":"%s","customer":"%s","count":"8","severity":"P1"},
         "sid":"scheduler_admin_search_W2_at_14232356_132",
         "results_link":"https://splunk.example/app/search/@go?sid=scheduler_admin_search_W2_at_14232356_132",
         "search_name":"%s","owner":"admin","app":"search"}
        """
        .formatted(hosts, customer, searchName);
  }

  private ValidatableResponse post(
      String source, String id, long timestamp, String sig, String body) {
    return given()
        .header("Authorization", "Bearer " + token)
        .header("webhook-id", id)
        .header("webhook-timestamp", Long.toString(timestamp))
        .header("webhook-signature", sig)
        .contentType("application/json")
        .body(body.getBytes(StandardCharsets.UTF_8))
        .post("/api/alerts/" + source)
        .then();
  }

  private ValidatableResponse signed(String source, String secret, String id, String body) {
    long now = clock.instant().getEpochSecond();
    return post(source, id, now, sign(secret, id, now, body), body);
  }

  private static String sign(String secret, String id, long timestamp, String body) {
    return StandardWebhookSignature.sign(
        secret, id, timestamp, body.getBytes(StandardCharsets.UTF_8));
  }

  private List<AuditRecord> timeline(String incidentId, String action) {
    return audit.forIncident(incidentId, 10_000).stream()
        .filter(r -> r.event().action().equals(action))
        .toList();
  }

  private long refusals(String webhookId) {
    return QuarkusTransaction.requiringNew().call(() -> countRefusals(webhookId));
  }

  private long countRefusals(String webhookId) {
    // The refusal is not an incident's record: read the trail's table for it.
    return ((Number)
            AlertReceipt.getEntityManager()
                .createNativeQuery(
                    "select count(*) from audit_record where action = 'alert.refused'"
                        + " and object_id like :id")
                .setParameter("id", "%/" + webhookId)
                .getSingleResult())
        .longValue();
  }

  @Test
  void shouldDeclareOneIncidentAndAttach39RepeatsFor40CopiesOfOneSplunkAlert() {
    // given: one Splunk alert, delivered 40 times with fresh webhook ids (Splunk fires per run)
    String search = "Firewall config export " + suffix();
    String body = splunk(search, "acme", "fw-hq fw-osaka");

    // when
    String first =
        signed("splunk", IntegrationPeers.SPLUNK_SECRET, "msg_" + suffix(), body)
            .statusCode(202)
            .body("created", is(true))
            .extract()
            .jsonPath()
            .getString("incidentId");
    for (int i = 1; i < 40; i++) {
      // hosts listed in another order are the same alert
      String copy = i % 2 == 0 ? body : splunk(search, "acme", "fw-osaka,fw-hq");
      signed("splunk", IntegrationPeers.SPLUNK_SECRET, "msg_" + suffix(), copy)
          .statusCode(202)
          .body("incidentId", is(first))
          .body("created", is(false));
    }

    // then
    IncidentView incident = incidents.find(first).orElseThrow();
    assertThat(incident.title()).isEqualTo("Splunk alert: " + search);
    assertThat(incident.severity()).isEqualTo("critical"); // P1 through severity-map
    assertThat(incident.organization().name()).isEqualTo("Acme KK");
    assertThat(incident.assets())
        .extracting(a -> a.name() + "/" + a.kind())
        .containsExactly("fw-hq/host", "fw-osaka/host");
    assertThat(incident.declaredBy()).startsWith("token:siem-");
    assertThat(timeline(first, "incident.declared")).hasSize(1);
    assertThat(timeline(first, "alert.received")).hasSize(1);
    assertThat(timeline(first, "alert.repeated")).hasSize(39);
  }

  @Test
  void shouldDeclareAgainOnceTheWindowHasPassedOrForAnotherOrganisation() {
    // given
    String search = "VPN brute force " + suffix();
    String first =
        signed(
                "splunk",
                IntegrationPeers.SPLUNK_SECRET,
                "msg_" + suffix(),
                splunk(search, "acme", "vpn1"))
            .statusCode(202)
            .extract()
            .jsonPath()
            .getString("incidentId");

    // when: the same rule and host for another organisation
    String other =
        signed(
                "splunk",
                IntegrationPeers.SPLUNK_SECRET,
                "msg_" + suffix(),
                splunk(search, "globex", "vpn1"))
            .statusCode(202)
            .body("created", is(true))
            .extract()
            .jsonPath()
            .getString("incidentId");
    // and the first alert again after the 24 h window
    clock.advance(Duration.ofHours(25));
    String later =
        signed(
                "splunk",
                IntegrationPeers.SPLUNK_SECRET,
                "msg_" + suffix(),
                splunk(search, "acme", "vpn1"))
            .statusCode(202)
            .body("created", is(true))
            .extract()
            .jsonPath()
            .getString("incidentId");

    // then
    assertThat(List.of(first, other, later)).doesNotHaveDuplicates();
    assertThat(incidents.find(other).orElseThrow().organization().name()).isEqualTo("Globex GmbH");
  }

  @Test
  void shouldRefuseAForgedSignatureAndAuditIt() {
    // given: signed with a secret that is not the source's
    String id = "msg_" + suffix();
    String body = splunk("Forged " + suffix(), "acme", "fw-hq");
    String forger = "whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[32]);

    // when / then
    signed("splunk", forger, id, body)
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", containsString("No v1 signature matches"));
    // a signature over another body
    long now = clock.instant().getEpochSecond();
    post(
            "splunk",
            id,
            now,
            sign(IntegrationPeers.SPLUNK_SECRET, id, now, body),
            body.replace("fw-hq", "fw-x"))
        .statusCode(400);
    assertThat(refusals(id)).isEqualTo(2);
  }

  @Test
  void shouldAcceptTheOldSecretDuringARotation() {
    signed(
            "splunk",
            IntegrationPeers.OLD_SPLUNK_SECRET,
            "msg_" + suffix(),
            splunk("Rotation " + suffix(), "acme", "fw-hq"))
        .statusCode(202);
  }

  @Test
  void shouldRefuseAReplayedWebhookIdAndAStaleTimestamp() {
    // given: a genuine delivery
    String id = "msg_" + suffix();
    String body = splunk("Replay " + suffix(), "acme", "fw-hq");
    long now = clock.instant().getEpochSecond();
    String sig = sign(IntegrationPeers.SPLUNK_SECRET, id, now, body);
    post("splunk", id, now, sig, body).statusCode(202);

    // when / then: the identical request again
    post("splunk", id, now, sig, body)
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", containsString("received before"));

    // and one signed six minutes ago
    String stale = "msg_" + suffix();
    long then = now - 360;
    post("splunk", stale, then, sign(IntegrationPeers.SPLUNK_SECRET, stale, then, body), body)
        .statusCode(400)
        .body("detail", containsString("within 300 s"));
    assertThat(refusals(id)).isEqualTo(1);
    assertThat(refusals(stale)).isEqualTo(1);
  }

  @Test
  void shouldRefuseAnUnknownSourceAnUnknownOrganisationAndAnUnmappablePayload() {
    String id = "msg_" + suffix();
    signed("qradar", IntegrationPeers.SIEM_SECRET, id, "{}")
        .statusCode(404)
        .contentType("application/problem+json")
        .body("detail", containsString("irp.alerts.sources.qradar"));
    // a request without any webhook header is still answered (and audited) as a problem
    given()
        .header("Authorization", "Bearer " + token)
        .contentType("application/json")
        .body("{}")
        .post("/api/alerts/qradar")
        .then()
        .statusCode(404);
    given()
        .header("Authorization", "Bearer " + token)
        .contentType("application/json")
        .body("{}")
        .post("/api/alerts/splunk")
        .then()
        .statusCode(400)
        .body("detail", containsString("webhook-id"));
    signed("splunk", IntegrationPeers.SPLUNK_SECRET, "msg_" + suffix(), splunk("X", "initech", "h"))
        .statusCode(422)
        .body("errors[0].field", is("result.customer"))
        .body("errors[0].message", containsString("irp.alerts.organizations.initech"));
    signed("generic", IntegrationPeers.SIEM_SECRET, "msg_" + suffix(), "{\"title\":\"no rule\"}")
        .statusCode(422)
        .body("errors[0].field", is("rule"));
    assertThat(refusals(id)).isEqualTo(1);
  }

  @Test
  void shouldOnlyLetTheAlertIntakeRolePost() {
    fixtures.user("rep-alerts", Roles.REPORTER);
    InboxFixtures.as("rep-alerts").body("{}").post("/api/alerts/splunk").then().statusCode(403);
    given().body("{}").post("/api/alerts/splunk").then().statusCode(401);
  }

  @Test
  void shouldMapASentinelIncidentsHostsSeverityAndNumber() {
    String body =
        """
        {"object":{"properties":{"title":"Suspicious config download %s","severity":"Informational",
          "incidentNumber":4711,"incidentUrl":"https://portal.azure.example/#incident/4711",
          "relatedAnalyticRuleIds":["/subscriptions/x/alertRules/rule-1-%s"],
          "relatedEntities":[{"kind":"Host","properties":{"hostName":"fw-edge"}},
                             {"kind":"Account","properties":{"accountName":"ops"}},
                             {"kind":"Host","properties":{"hostName":"fw-dmz"}}]}}}
        """
            .formatted(suffix(), suffix());
    String id =
        signed("sentinel", IntegrationPeers.SIEM_SECRET, "msg_" + suffix(), body)
            .statusCode(202)
            .extract()
            .jsonPath()
            .getString("incidentId");
    IncidentView incident = incidents.find(id).orElseThrow();
    assertThat(incident.title()).startsWith("Sentinel #4711: Suspicious config download");
    assertThat(incident.severity()).isEqualTo("low");
    assertThat(incident.assets()).extracting(a -> a.name()).containsExactly("fw-dmz", "fw-edge");
  }

  @Test
  void shouldMapAnElasticRuleActionAndAGenericAlert() {
    String elastic =
        """
        {"rule":{"id":"r-%s","name":"Credential access on firewall","severity":"high"},
         "link":"https://kibana.example/app/security/alerts",
         "alerts":[{"host":{"name":"fw-a"}},{"host.name":"fw-b"},{}]}
        """
            .formatted(suffix());
    String fromElastic =
        signed("elastic", IntegrationPeers.SIEM_SECRET, "msg_" + suffix(), elastic)
            .statusCode(202)
            .extract()
            .jsonPath()
            .getString("incidentId");
    assertThat(incidents.find(fromElastic).orElseThrow().assets())
        .extracting(a -> a.name())
        .containsExactly("fw-a", "fw-b");

    String generic =
        """
        {"rule":"edr-%s","title":"EDR: appliance exploited","severity":"medium",
         "organization":"globex","scenario":"edge-device-exploitation",
         "assets":["vpn-1",{"name":"vpn-2"}]}
        """
            .formatted(suffix());
    String fromGeneric =
        signed("generic", IntegrationPeers.SIEM_SECRET, "msg_" + suffix(), generic)
            .statusCode(202)
            .extract()
            .jsonPath()
            .getString("incidentId");
    IncidentView incident = incidents.find(fromGeneric).orElseThrow();
    assertThat(incident.scenario()).isEqualTo("edge-device-exploitation");
    assertThat(incident.severity()).isEqualTo("medium");
    assertThat(incident.organization().name()).isEqualTo("Globex GmbH");
  }

  @Test
  void shouldAnswer429WithRetryAfterOverTheSourcesRateLimit() {
    // given: a fresh window that a slow machine cannot leave halfway through
    clock.advance(Duration.ofMinutes(1));
    clock.freeze();
    try {
      String body = "{\"rule\":\"noisy-%s\",\"assets\":[\"h\"]}".formatted(suffix());
      signed("limited", IntegrationPeers.SIEM_SECRET, "msg_" + suffix(), body).statusCode(202);
      signed("limited", IntegrationPeers.SIEM_SECRET, "msg_" + suffix(), body).statusCode(202);

      // when / then
      signed("limited", IntegrationPeers.SIEM_SECRET, "msg_" + suffix(), body)
          .statusCode(429)
          .contentType("application/problem+json")
          .header("Retry-After", org.hamcrest.Matchers.matchesPattern("[1-9][0-9]?"));
    } finally {
      clock.thaw();
    }
  }

  private static String suffix() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
