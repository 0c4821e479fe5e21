package io.irplaybook.notify.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.irplaybook.notify.Notification;
import io.irplaybook.notify.config.NotifyConfig;
import io.irplaybook.notify.config.NotifyConfig.Channel;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Delivers one notification through its channel: Slack incoming webhook, e-mail over SMTP, or a
 * Standard-Webhooks-signed HTTP POST. Every HTTP destination passes the SSRF guard again at send
 * time, on the addresses its host resolves to now.
 */
@ApplicationScoped
public class ChannelSenders {

  private static final Logger LOG = Logger.getLogger(ChannelSenders.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final NotifyConfig config;
  private final HttpDelivery http;
  private final Mailer mailer;
  private final Clock clock;
  private final SsrfGuard guard;

  ChannelSenders(NotifyConfig config, HttpDelivery http, Mailer mailer, Clock clock) {
    this.config = config;
    this.http = http;
    this.mailer = mailer;
    this.clock = clock;
    this.guard = new SsrfGuard(config.allowHosts().orElse(List.of()));
  }

  /**
   * Why the channel cannot be used (unknown, incomplete, refused destination), or empty when it
   * can.
   */
  public Optional<String> problem(String channelName) {
    Channel channel = config.channels().get(channelName);
    if (channel == null) {
      return Optional.of("no channel named '" + channelName + "' is configured");
    }
    return switch (channel.type()) {
      case EMAIL ->
          channel.recipients().filter(r -> !r.isEmpty()).isPresent()
              ? Optional.empty()
              : Optional.of(
                  "channel '"
                      + channelName
                      + "' has no recipients; set irp.notify.channels."
                      + channelName
                      + ".recipients");
      case SLACK, WEBHOOK -> urlProblem(channelName, channel);
    };
  }

  private Optional<String> urlProblem(String channelName, Channel channel) {
    if (channel.url().isEmpty()) {
      return Optional.of(
          "channel '"
              + channelName
              + "' has no URL; set irp.notify.channels."
              + channelName
              + ".url");
    }
    Optional<String> refused =
        guard.refusal(channel.url().get()).map(r -> "channel '" + channelName + "': " + r);
    if (refused.isPresent() || channel.type() != NotifyConfig.ChannelType.WEBHOOK) {
      return refused;
    }
    List<String> secrets = channel.secret().orElse(List.of());
    if (secrets.isEmpty() || !secrets.stream().allMatch(WebhookSigner::wellFormed)) {
      return Optional.of(
          "channel '"
              + channelName
              + "' needs a signing secret whsec_<base64 of at least 24 bytes>");
    }
    return Optional.empty();
  }

  public DeliveryResult send(Notification n) {
    Optional<String> problem = problem(n.channel);
    if (problem.isPresent()) {
      return DeliveryResult.failed(problem.get());
    }
    Channel channel = config.channels().get(n.channel);
    return switch (channel.type()) {
      case SLACK ->
          http.postJson(
              channel.url().get(), Map.of(), write(SlackPayload.build(n.subject, n.bodyText)));
      case WEBHOOK -> sendWebhook(channel, n);
      case EMAIL -> sendEmail(channel, n);
    };
  }

  private DeliveryResult sendWebhook(Channel channel, Notification n) {
    long timestamp = clock.instant().getEpochSecond();
    ObjectNode payload = JSON.createObjectNode();
    payload.put("type", "irp.notification");
    payload.put("timestamp", clock.instant().toString());
    ObjectNode data = payload.putObject("data");
    data.put("id", n.id);
    data.put("channel", n.channel);
    data.put("incidentId", n.incidentId);
    data.put("locale", n.locale);
    data.put("subject", n.subject);
    data.put("text", n.bodyText);
    data.put("html", n.bodyHtml);
    String body = write(payload);
    Map<String, String> headers =
        Map.of(
            "webhook-id", n.id,
            "webhook-timestamp", Long.toString(timestamp),
            "webhook-signature",
                WebhookSigner.signatures(channel.secret().get(), n.id, timestamp, body));
    return http.postJson(channel.url().get(), headers, body);
  }

  private DeliveryResult sendEmail(Channel channel, Notification n) {
    Mail mail =
        new Mail()
            .setTo(channel.recipients().get())
            .setSubject(n.subject)
            .setText(n.bodyText)
            .addHeader("Content-Language", n.locale)
            .addHeader("X-IRP-Notification-Id", n.id);
    if (n.bodyHtml != null) {
      mail.setHtml(n.bodyHtml);
    }
    try {
      mailer.send(mail);
      return DeliveryResult.delivered("accepted by the SMTP server");
    } catch (RuntimeException e) {
      LOG.debugf(e, "SMTP delivery of %s failed", n.id);
      return DeliveryResult.retry("SMTP delivery failed: " + e.getClass().getSimpleName(), null);
    }
  }

  private static String write(ObjectNode node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }
}
