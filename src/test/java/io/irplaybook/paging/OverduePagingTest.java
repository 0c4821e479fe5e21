package io.irplaybook.paging;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.irplaybook.inbox.InboxFixtures.as;
import static io.irplaybook.inbox.InboxFixtures.awaitTask;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.irplaybook.alert.IntegrationPeers;
import io.irplaybook.audit.AuditTrail;
import io.irplaybook.inbox.InboxFixtures;
import io.irplaybook.inbox.service.OverdueCheck;
import io.irplaybook.notify.service.OutboxDispatcher;
import io.irplaybook.paging.service.OverduePaging;
import io.irplaybook.platform.TestClock;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An overdue containment step pages the on-call once through PagerDuty's Events API v2 (WireMock)
 * and resolves the page when the step completes.
 */
@QuarkusTest
@QuarkusTestResource(value = IntegrationPeers.class, restrictToAnnotatedClass = true)
class OverduePagingTest {

  private static final String EVENTS = "/v2/enqueue";

  @Inject InboxFixtures fixtures;
  @Inject OverdueCheck overdue;
  @Inject OverduePaging paging;
  @Inject OutboxDispatcher dispatcher;
  @Inject AuditTrail audit;
  @Inject TestClock clock;

  private List<JsonNode> events() throws Exception {
    var json = new ObjectMapper();
    var out = new ArrayList<JsonNode>();
    for (var r : IntegrationPeers.wireMock.findAll(postRequestedFor(urlEqualTo(EVENTS)))) {
      out.add(json.readTree(r.getBodyAsString()));
    }
    return out;
  }

  /**
   * Dispatches until nothing is due: a pass takes one batch, and earlier tests of the suite may
   * have left enough due rows ahead of this test's page that one pass does not reach it.
   */
  private void deliver() {
    clock.advance(Duration.ofSeconds(1));
    for (int pass = 0; pass < 100 && dispatcher.dispatchDue() > 0; pass++) {
      // keep going: the next batch may hold the page
    }
  }

  @Test
  void shouldPageAnOverdueContainmentStepOnceAndResolveItWhenTheStepCompletes() throws Exception {
    // given: PagerDuty answers 202; a containment step that was due yesterday
    IntegrationPeers.wireMock.stubFor(
        post(EVENTS)
            .willReturn(
                aResponse()
                    .withStatus(202)
                    .withBody("{\"status\":\"success\",\"message\":\"Event processed\"}")));
    fixtures.user("na-paging", "network-admin");
    String incident =
        fixtures.startProcess(
            "paging-containment-step",
            Map.of("dueDate", clock.instant().minus(Duration.ofDays(1)).toString()));
    long step = awaitTask("na-paging", incident, "block-admin-access");
    overdue.markOverdue();

    // when: two paging passes
    paging.run();
    paging.run();
    deliver();

    // then: one trigger, keyed by incident and step
    List<JsonNode> triggers =
        events().stream().filter(e -> e.get("dedup_key").asText().startsWith(incident)).toList();
    assertThat(triggers).hasSize(1);
    JsonNode trigger = triggers.get(0);
    assertThat(trigger.get("routing_key").asText()).isEqualTo(IntegrationPeers.ROUTING_KEY);
    assertThat(trigger.get("event_action").asText()).isEqualTo("trigger");
    String dedupKey = trigger.get("dedup_key").asText();
    assertThat(dedupKey).isEqualTo(incident + "/block-admin-access/" + step);
    assertThat(trigger.get("payload").get("summary").asText())
        .contains(incident)
        .contains("Block admin access from the internet");
    assertThat(trigger.get("payload").get("severity").asText()).isEqualTo("critical");

    // when: the step is completed, and paging runs twice more
    as("na-paging").post("/api/tasks/" + step + "/claim").then().statusCode(200);
    as("na-paging").body(Map.of()).post("/api/tasks/" + step + "/complete").then().statusCode(200);
    paging.run();
    paging.run();
    deliver();

    // then: one resolve with the same key, and both on the incident's timeline
    List<JsonNode> mine =
        events().stream().filter(e -> e.get("dedup_key").asText().equals(dedupKey)).toList();
    assertThat(mine)
        .extracting(e -> e.get("event_action").asText())
        .containsExactly("trigger", "resolve");
    assertThat(mine.get(1).has("payload")).isFalse();
    assertThat(
            audit.forIncident(incident, 1000).stream()
                .map(r -> r.event().action())
                .filter(a -> a.startsWith("page."))
                .toList())
        .containsExactly("page.triggered", "page.resolved");
  }
}
