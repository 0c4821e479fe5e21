package io.irplaybook.paging;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.irplaybook.inbox.InboxFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.irplaybook.alert.IntegrationPeers;
import io.irplaybook.audit.AuditTrail;
import io.irplaybook.inbox.InboxFixtures;
import io.irplaybook.incident.SeverityRaised;
import io.irplaybook.incident.service.RecordedFacts;
import io.irplaybook.notify.service.OutboxDispatcher;
import io.irplaybook.paging.service.SeverityPaging;
import io.irplaybook.platform.TestClock;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An incident whose severity the playbook raises to critical pages the on-call once (PagerDuty's
 * Events API v2 on WireMock), and the page is resolved when the incident ends.
 */
@QuarkusTest
@QuarkusTestResource(value = IntegrationPeers.class, restrictToAnnotatedClass = true)
class SeverityPagingTest {

  private static final String EVENTS = "/v2/enqueue";

  @Inject InboxFixtures fixtures;
  @Inject RecordedFacts facts;
  @Inject SeverityPaging paging;
  @Inject OutboxDispatcher dispatcher;
  @Inject AuditTrail audit;
  @Inject TestClock clock;
  @Inject Event<SeverityRaised> severityRaised;

  @BeforeEach
  void pagerDutyAccepts() {
    IntegrationPeers.wireMock.stubFor(
        post(EVENTS)
            .willReturn(
                aResponse()
                    .withStatus(202)
                    .withBody("{\"status\":\"success\",\"message\":\"Event processed\"}")));
    fixtures.user("ic-sev", "incident-commander");
  }

  private List<JsonNode> events(String dedupKey) throws Exception {
    var json = new ObjectMapper();
    var out = new ArrayList<JsonNode>();
    for (var r : IntegrationPeers.wireMock.findAll(postRequestedFor(urlEqualTo(EVENTS)))) {
      JsonNode event = json.readTree(r.getBodyAsString());
      if (event.path("dedup_key").asText().equals(dedupKey)) {
        out.add(event);
      }
    }
    return out;
  }

  private void deliver() {
    clock.advance(Duration.ofSeconds(1));
    for (int pass = 0; pass < 100 && dispatcher.dispatchDue() > 0; pass++) {
      // keep going: earlier tests may have left due rows ahead of this one
    }
  }

  private List<String> pageActions(String incident) {
    return audit.forIncident(incident, 1000).stream()
        .map(r -> r.event().action())
        .filter(a -> a.startsWith("page."))
        .toList();
  }

  @Test
  void shouldPageOnceWhenSeverityIsRaisedToCriticalAndResolveWhenTheIncidentEnds()
      throws Exception {
    // given: a declared incident of severity high
    String incident = fixtures.declareIncident();
    String key = incident + "/severity";

    // when: the playbook raises it to critical, and records it again
    facts.raiseSeverity(incident, "critical", 1L);
    facts.raiseSeverity(incident, "critical", 1L);
    deliver();

    // then: one trigger with the incident's dedup key
    List<JsonNode> triggers = events(key);
    assertThat(triggers).hasSize(1);
    assertThat(triggers.get(0).get("event_action").asText()).isEqualTo("trigger");
    assertThat(triggers.get(0).get("routing_key").asText()).isEqualTo(IntegrationPeers.ROUTING_KEY);
    assertThat(triggers.get(0).get("payload").get("summary").asText())
        .contains(incident)
        .contains("critical");
    assertThat(pageActions(incident)).containsExactly("page.triggered");

    // when: the incident is still open, a resolve pass changes nothing
    paging.resolveEnded();
    deliver();
    assertThat(events(key)).hasSize(1);

    // when: it is cancelled, and the pass runs twice
    as("ic-sev")
        .body(Map.of("reason", "Test over"))
        .post("/api/incidents/" + incident + "/cancel")
        .then()
        .statusCode(200);
    paging.resolveEnded();
    paging.resolveEnded();
    deliver();

    // then: one resolve with the same key
    assertThat(events(key))
        .extracting(e -> e.get("event_action").asText())
        .containsExactly("trigger", "resolve");
    assertThat(pageActions(incident)).containsExactly("page.triggered", "page.resolved");
  }

  @Test
  void shouldNotPageARaiseBelowCritical() throws Exception {
    // given
    String incident = fixtures.declareIncident();

    // when: the incident feature reports a raise from low to high
    severityRaised.fire(new SeverityRaised(incident, "low", "high"));
    deliver();

    // then
    assertThat(events(incident + "/severity")).isEmpty();
    assertThat(pageActions(incident)).isEmpty();
  }
}
