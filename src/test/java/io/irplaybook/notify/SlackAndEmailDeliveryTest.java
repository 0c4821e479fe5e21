package io.irplaybook.notify;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.irplaybook.notify.service.OutboxDispatcher;
import io.irplaybook.platform.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Slack against WireMock (Block Kit, rate limit) and e-mail against GreenMail (parts, locales,
 * headers).
 */
@QuarkusTest
@QuarkusTestResource(value = NotifyPeers.class, restrictToAnnotatedClass = true)
class SlackAndEmailDeliveryTest {

  private static final String SLACK_PATH = "/services/T000/B000/slack";

  @Inject Notifications notifications;
  @Inject OutboxDispatcher dispatcher;
  @Inject TestClock clock;

  @BeforeEach
  void reset() throws Exception {
    OutboxTestSupport.clear();
    NotifyPeers.wireMock.resetAll();
    NotifyPeers.greenMail.purgeEmailFromAllMailboxes();
    clock.advance(Duration.ofSeconds(5)); // a fresh Slack slot
  }

  @AfterEach
  void letTimeRun() {
    clock.thaw();
  }

  private String enqueue(String channel, NotificationMessage m) {
    return QuarkusTransaction.requiringNew().call(() -> notifications.enqueue(channel, m));
  }

  private static NotificationMessage msg(String subject, String text, String html, String locale) {
    return new NotificationMessage(subject, text, html, locale, "INC-1", "t:" + UUID.randomUUID());
  }

  @Test
  void shouldPostBlockKitToSlackAndSendAtMostOneMessagePerSecond() throws Exception {
    // given
    NotifyPeers.wireMock.stubFor(
        post(SLACK_PATH).willReturn(aResponse().withStatus(200).withBody("ok")));
    enqueue("slack", msg("Status <!channel>", "first", null, "en"));
    enqueue("slack", msg("Status", "second", null, "en"));
    clock.freeze(); // a slow send on a loaded machine must not open the next slot

    // when
    dispatcher.dispatchDue();

    // then: one now, the other postponed without using an attempt
    var requests = NotifyPeers.wireMock.findAll(postRequestedFor(urlEqualTo(SLACK_PATH)));
    assertThat(requests).hasSize(1);
    JsonNode body = new ObjectMapper().readTree(requests.get(0).getBodyAsString());
    assertThat(body.get("blocks").get(0).get("type").asText()).isEqualTo("section");
    assertThat(body.toString()).contains("&lt;!channel&gt;").doesNotContain("<!channel>");

    // when
    clock.advance(Duration.ofMillis(1100));
    dispatcher.dispatchDue();

    // then
    assertThat(NotifyPeers.wireMock.findAll(postRequestedFor(urlEqualTo(SLACK_PATH)))).hasSize(2);
  }

  @Test
  void shouldWaitForSlacksRetryAfterOnA429ThenDeliver() {
    // given
    NotifyPeers.wireMock.stubFor(
        post(SLACK_PATH).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "30")));
    String id = enqueue("slack", msg("Status", "rate limited", null, "en"));

    // when
    dispatcher.dispatchDue();
    clock.advance(Duration.ofSeconds(20));
    dispatcher.dispatchDue();

    // then: not before the 30 s Slack asked for
    assertThat(NotifyPeers.wireMock.findAll(postRequestedFor(urlEqualTo(SLACK_PATH)))).hasSize(1);

    // when
    NotifyPeers.wireMock.stubFor(
        post(SLACK_PATH).willReturn(aResponse().withStatus(200).withBody("ok")));
    clock.advance(Duration.ofSeconds(11));
    dispatcher.dispatchDue();

    // then
    assertThat(NotifyPeers.wireMock.findAll(postRequestedFor(urlEqualTo(SLACK_PATH)))).hasSize(2);
    assertThat(OutboxTestSupport.row(id).status).isEqualTo(Notification.DELIVERED);
  }

  @Test
  void shouldSendEmailWithTextAndHtmlPartsInEitherLocale() throws Exception {
    // given
    enqueue("mail", msg("Security notice", "Plain text body", "<p>HTML body</p>", "en"));
    enqueue("mail", msg("【重要】セキュリティインシデントのお知らせ", "本文です", "<p>本文です</p>", "ja"));

    // when
    dispatcher.dispatchDue();

    // then
    assertThat(NotifyPeers.greenMail.waitForIncomingEmail(5000, 2)).isTrue();
    MimeMessage[] received = NotifyPeers.greenMail.getReceivedMessages();
    assertThat(received).hasSize(2);
    MimeMessage en = received[0].getSubject().equals("Security notice") ? received[0] : received[1];
    MimeMessage ja = en == received[0] ? received[1] : received[0];
    assertThat(en.getAllRecipients()[0].toString()).isEqualTo(NotifyPeers.RECIPIENT);
    assertThat(en.getFrom()[0].toString()).isEqualTo("irp@example.test");
    assertThat(en.getHeader("Content-Language")[0]).isEqualTo("en");
    assertThat(en.getHeader("X-IRP-Notification-Id")[0]).startsWith("msg_");
    assertThat(ja.getSubject()).isEqualTo("【重要】セキュリティインシデントのお知らせ");
    assertThat(ja.getHeader("Content-Language")[0]).isEqualTo("ja");
    assertThat(partsOf(en))
        .contains("text/plain", "text/html")
        .contains("Plain text body", "<p>HTML body</p>");
    assertThat(partsOf(ja)).contains("text/plain", "text/html").contains("本文です");
  }

  /** Content types and contents of every part, flattened, for assertions. */
  private static String partsOf(MimeMessage message) throws Exception {
    StringBuilder out = new StringBuilder();
    collect(message.getContent(), out);
    return out.toString();
  }

  private static void collect(Object content, StringBuilder out) throws Exception {
    if (content instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        var part = multipart.getBodyPart(i);
        out.append(part.getContentType()).append('\n');
        collect(part.getContent(), out);
      }
    } else {
      out.append(content).append('\n');
    }
  }
}
