package io.irplaybook.notify;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.irplaybook.notify.OutboxTestSupport.message;
import static io.irplaybook.notify.OutboxTestSupport.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.irplaybook.notify.service.OutboxDispatcher;
import io.irplaybook.platform.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The signed webhook channel against WireMock, and the outbox's reliability cases. */
@QuarkusTest
@QuarkusTestResource(value = NotifyPeers.class, restrictToAnnotatedClass = true)
class WebhookDeliveryTest {

  @Inject Notifications notifications;
  @Inject OutboxDispatcher dispatcher;
  @Inject TestClock clock;

  @BeforeEach
  void reset() {
    OutboxTestSupport.clear();
    NotifyPeers.wireMock.resetAll();
    dispatcher.dispatchDue(); // nothing left from other tests
  }

  private String enqueue(String channel, String text) {
    return QuarkusTransaction.requiringNew()
        .call(() -> notifications.enqueue(channel, message(text)));
  }

  private List<LoggedRequest> hookRequests() {
    return NotifyPeers.wireMock.findAll(postRequestedFor(urlEqualTo("/hook")));
  }

  @Test
  void shouldDeliverASignedWebhookThatAnIndependentVerifierAcceptsWithEitherRotatedSecret()
      throws Exception {
    // given
    NotifyPeers.wireMock.stubFor(post("/hook").willReturn(aResponse().withStatus(200)));
    String id = enqueue("hook", "hello \"receiver\"");

    // when
    dispatcher.dispatchDue();

    // then
    List<LoggedRequest> requests = hookRequests();
    assertThat(requests).hasSize(1);
    LoggedRequest request = requests.get(0);
    assertThat(request.getHeader("webhook-id")).isEqualTo(id);
    assertThat(request.containsHeader("Upgrade")).isFalse();
    String body = request.getBodyAsString();
    assertThat(body).contains("hello \\\"receiver\\\"").contains(id);
    String timestamp = request.getHeader("webhook-timestamp");
    String signature = request.getHeader("webhook-signature");
    assertThat(signature.split(" ")).hasSize(2);
    assertThat(StandardWebhooksVerifier.verify(NotifyPeers.SECRET, id, timestamp, body, signature))
        .isTrue();
    assertThat(
            StandardWebhooksVerifier.verify(NotifyPeers.OLD_SECRET, id, timestamp, body, signature))
        .isTrue();
    assertThat(
            StandardWebhooksVerifier.verify(
                NotifyPeers.SECRET, id, timestamp, body + " ", signature))
        .isFalse();
    assertThat(row(id).status).isEqualTo(Notification.DELIVERED);
  }

  @Test
  void shouldRetryA500AfterTheBackOffWithTheSameWebhookId() {
    // given
    NotifyPeers.wireMock.stubFor(
        post("/hook")
            .inScenario("flaky")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(500))
            .willSetStateTo("recovered"));
    NotifyPeers.wireMock.stubFor(
        post("/hook")
            .inScenario("flaky")
            .whenScenarioStateIs("recovered")
            .willReturn(aResponse().withStatus(200)));
    String id = enqueue("hook", "flaky");

    // when
    dispatcher.dispatchDue();
    dispatcher.dispatchDue(); // not due yet: the back-off has not passed
    clock.advance(Duration.ofSeconds(11));
    dispatcher.dispatchDue();

    // then
    List<LoggedRequest> requests = hookRequests();
    assertThat(requests).hasSize(2);
    assertThat(requests).extracting(r -> r.getHeader("webhook-id")).containsOnly(id);
    assertThat(row(id).status).isEqualTo(Notification.DELIVERED);
    assertThat(row(id).attempts).isEqualTo(2);
  }

  @Test
  void shouldHonourRetryAfterOnA429() {
    // given
    NotifyPeers.wireMock.stubFor(
        post("/hook").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "120")));
    String id = enqueue("hook", "slow down");

    // when
    dispatcher.dispatchDue();
    clock.advance(Duration.ofSeconds(60));
    dispatcher.dispatchDue();

    // then: the initial back-off (10 s) passed, but the receiver asked for 120 s
    assertThat(hookRequests()).hasSize(1);
    assertThat(row(id).status).isEqualTo(Notification.PENDING);
    assertThat(row(id).lastError).contains("429");

    // when
    NotifyPeers.wireMock.stubFor(post("/hook").willReturn(aResponse().withStatus(200)));
    clock.advance(Duration.ofSeconds(61));
    dispatcher.dispatchDue();

    // then
    assertThat(hookRequests()).hasSize(2);
    assertThat(row(id).status).isEqualTo(Notification.DELIVERED);
  }

  @Test
  void shouldDeadLetterA404WithoutRetrying() {
    // given
    NotifyPeers.wireMock.stubFor(post("/hook").willReturn(aResponse().withStatus(404)));
    String id = enqueue("hook", "nobody home");

    // when
    dispatcher.dispatchDue();
    clock.advance(Duration.ofHours(2));
    dispatcher.dispatchDue();

    // then
    assertThat(hookRequests()).hasSize(1);
    assertThat(row(id).status).isEqualTo(Notification.DEAD);
  }

  @Test
  void shouldTreatARedirectAsAFailureAndNotFollowIt() {
    // given
    NotifyPeers.wireMock.stubFor(
        post("/hook").willReturn(aResponse().withStatus(302).withHeader("Location", "/elsewhere")));
    String id = enqueue("hook", "moved");

    // when
    dispatcher.dispatchDue();

    // then
    assertThat(NotifyPeers.wireMock.findAll(postRequestedFor(urlEqualTo("/elsewhere")))).isEmpty();
    assertThat(row(id).status).isEqualTo(Notification.DEAD);
    assertThat(row(id).lastError).contains("302").contains("redirects are not followed");
  }

  @Test
  void shouldDisableTheChannelOnA410SoLaterMessagesAreNotSent() {
    // given
    NotifyPeers.wireMock.stubFor(post("/gone").willReturn(aResponse().withStatus(410)));
    String first = enqueue("gone", "first");

    // when
    dispatcher.dispatchDue();
    String second = enqueue("gone", "second");
    dispatcher.dispatchDue();

    // then
    assertThat(NotifyPeers.wireMock.findAll(postRequestedFor(urlEqualTo("/gone")))).hasSize(1);
    assertThat(row(first).status).isEqualTo(Notification.DEAD);
    assertThat(row(second).status).isEqualTo(Notification.DEAD);
    assertThat(row(second).lastError).contains("disabled");
  }

  @Test
  void shouldDeadLetterAfterTheLastAttempt() {
    // given
    NotifyPeers.wireMock.stubFor(post("/hook").willReturn(aResponse().withStatus(503)));
    String id = enqueue("hook", "never");

    // when
    for (int i = 0; i < 8; i++) {
      dispatcher.dispatchDue();
      clock.advance(Duration.ofHours(1));
    }
    dispatcher.dispatchDue();

    // then
    assertThat(hookRequests()).hasSize(8);
    assertThat(row(id).status).isEqualTo(Notification.DEAD);
  }

  @Test
  void shouldWriteNoRowAndSendNothingWhenTheCallersTransactionRollsBack() {
    // given
    NotifyPeers.wireMock.stubFor(post("/hook").willReturn(aResponse().withStatus(200)));
    String[] id = new String[1];

    // when
    assertThatThrownBy(
            () ->
                QuarkusTransaction.requiringNew()
                    .run(
                        () -> {
                          id[0] = notifications.enqueue("hook", message("rolled back"));
                          throw new IllegalStateException("the caller's change failed");
                        }))
        .isInstanceOf(IllegalStateException.class);
    dispatcher.dispatchDue();

    // then
    assertThat(id[0]).isNotNull();
    assertThat(row(id[0])).isNull();
    assertThat(hookRequests()).isEmpty();
  }

  @Test
  void shouldDeliverAClaimedRowOnceAfterTheDispatcherDiedWithTheSameWebhookId() {
    // given: a dispatcher claimed the row and died before sending
    NotifyPeers.wireMock.stubFor(post("/hook").willReturn(aResponse().withStatus(200)));
    String id = enqueue("hook", "survives a crash");
    QuarkusTransaction.requiringNew().call(dispatcher::claim);
    dispatcher.dispatchDue();
    assertThat(hookRequests()).isEmpty();

    // when: the claim runs out and a (restarted) dispatcher passes twice
    clock.advance(Duration.ofMinutes(3));
    dispatcher.dispatchDue();
    dispatcher.dispatchDue();

    // then
    List<LoggedRequest> requests = hookRequests();
    assertThat(requests).hasSize(1);
    assertThat(requests.get(0).getHeader("webhook-id")).isEqualTo(id);
    assertThat(row(id).status).isEqualTo(Notification.DELIVERED);
  }

  @Test
  void shouldQueueOneNotificationForARepeatedIdempotencyKey() {
    // given
    NotificationMessage m = message("once");

    // when
    String first = QuarkusTransaction.requiringNew().call(() -> notifications.enqueue("hook", m));
    String second = QuarkusTransaction.requiringNew().call(() -> notifications.enqueue("hook", m));

    // then
    assertThat(second).isEqualTo(first);
    assertThat(QuarkusTransaction.requiringNew().call(() -> Notification.count())).isEqualTo(1);
  }

  @Test
  void shouldRefuseAnUnknownChannel() {
    assertThatThrownBy(
            () ->
                QuarkusTransaction.requiringNew()
                    .call(() -> notifications.enqueue("nope", message("x"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("irp.notify.channels.nope.type");
  }
}
