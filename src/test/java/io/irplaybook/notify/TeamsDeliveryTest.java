package io.irplaybook.notify;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.irplaybook.alert.IntegrationPeers;
import io.irplaybook.notify.service.OutboxDispatcher;
import io.irplaybook.platform.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Teams channel type against WireMock as a Teams Workflows webhook: an Adaptive Card, one
 * message per second per channel, a 429's Retry-After honoured, and the channel classes applied.
 */
@QuarkusTest
@QuarkusTestResource(value = IntegrationPeers.class, restrictToAnnotatedClass = true)
class TeamsDeliveryTest {

  private static final String TEAMS_PATH = "/teams/workflow";

  @Inject Notifications notifications;
  @Inject OutboxDispatcher dispatcher;
  @Inject TestClock clock;

  @BeforeEach
  void reset() {
    OutboxTestSupport.clear();
    IntegrationPeers.wireMock.resetAll();
    clock.advance(Duration.ofSeconds(5)); // a fresh slot
  }

  @AfterEach
  void letTimeRun() {
    clock.thaw();
  }

  private String enqueue(String subject, String text) {
    var message =
        new NotificationMessage(subject, text, null, "en", "INC-T", "teams:" + UUID.randomUUID());
    return QuarkusTransaction.requiringNew().call(() -> notifications.enqueue("teams", message));
  }

  private List<JsonNode> posted() throws Exception {
    var json = new ObjectMapper();
    var out = new java.util.ArrayList<JsonNode>();
    for (var r : IntegrationPeers.wireMock.findAll(postRequestedFor(urlEqualTo(TEAMS_PATH)))) {
      out.add(json.readTree(r.getBodyAsString()));
    }
    return out;
  }

  @Test
  void shouldPostAnAdaptiveCardAndAtMostOneMessagePerSecond() throws Exception {
    // given: Workflows answers 202 Accepted
    IntegrationPeers.wireMock.stubFor(post(TEAMS_PATH).willReturn(aResponse().withStatus(202)));
    String first = enqueue("Containment overdue", "Step one.\n\nStep two <b>not bold</b>.");
    enqueue("Second", "text");
    clock.freeze();

    // when
    dispatcher.dispatchDue();

    // then: one card now, the other waits for the next slot
    List<JsonNode> bodies = posted();
    assertThat(bodies).hasSize(1);
    JsonNode message = bodies.get(0);
    assertThat(message.get("type").asText()).isEqualTo("message");
    JsonNode attachment = message.get("attachments").get(0);
    assertThat(attachment.get("contentType").asText())
        .isEqualTo("application/vnd.microsoft.card.adaptive");
    JsonNode card = attachment.get("content");
    assertThat(card.get("type").asText()).isEqualTo("AdaptiveCard");
    assertThat(card.get("version").asText()).isEqualTo("1.4");
    assertThat(card.get("body"))
        .extracting(b -> b.get("text").asText())
        .containsExactly("Containment overdue", "Step one.", "Step two <b>not bold</b>.");
    assertThat(card.get("body").get(0).get("weight").asText()).isEqualTo("Bolder");
    assertThat(OutboxTestSupport.row(first).status).isEqualTo(Notification.DELIVERED);

    // when
    clock.advance(Duration.ofMillis(1100));
    dispatcher.dispatchDue();

    // then
    assertThat(posted()).hasSize(2);
  }

  @Test
  void shouldWaitForTeamsRetryAfterOnA429ThenDeliver() throws Exception {
    // given
    IntegrationPeers.wireMock.stubFor(
        post(TEAMS_PATH).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "30")));
    String id = enqueue("Status", "throttled");

    // when
    dispatcher.dispatchDue();
    clock.advance(Duration.ofSeconds(20));
    dispatcher.dispatchDue();

    // then: not before the 30 s Teams asked for
    assertThat(posted()).hasSize(1);
    assertThat(OutboxTestSupport.row(id).status).isEqualTo(Notification.PENDING);

    // when
    IntegrationPeers.wireMock.stubFor(post(TEAMS_PATH).willReturn(aResponse().withStatus(202)));
    clock.advance(Duration.ofSeconds(11));
    dispatcher.dispatchDue();

    // then
    assertThat(posted()).hasSize(2);
    assertThat(OutboxTestSupport.row(id).status).isEqualTo(Notification.DELIVERED);
  }

  @Test
  void shouldKeepATeamsChannelToItsConfiguredClasses() {
    // the test channel is configured internal only (the default)
    assertThat(notifications.ofClass(ChannelClass.INTERNAL, List.of("teams")))
        .containsExactly("teams");
    assertThat(notifications.ofClass(ChannelClass.CUSTOMER, List.of("teams"))).isEmpty();
  }
}
