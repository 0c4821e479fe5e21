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
 * Delivers one notification through its channel: Slack incoming webhook, Teams Workflows webhook
 * (Adaptive Card), e-mail over SMTP, or a Standard-Webhooks-signed HTTP POST. Every HTTP
 * destination passes the SSRF guard again at send time, on the addresses its host resolves to now.
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
      case SLACK, WEBHOOK, TEAMS -> urlProblem(channelName, channel);
      case PAGERDUTY ->
          channel.secret().filter(k -> !k.isEmpty() && !k.get(0).isBlank()).isEmpty()
              ? Optional.of(
                  "channel '"
                      + channelName
                      + "' needs the PagerDuty integration's routing key in irp.notify.channels."
                      + channelName
                      + ".secret")
              : guard.refusal(url(channel)).map(r -> "channel '" + channelName + "': " + r);
    };
  }

  private static String url(Channel channel) {
    return channel.url().orElse(PagerDutyEvent.DEFAULT_URL);
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
              channel.url().get(),
              Map.of(),
              write(
                  SlackPayload.build(
                      n.subject, n.bodyText, SlackPayload.actions(n.actionTaskId, n.actionUrl))));
      case TEAMS ->
          http.postJson(
              channel.url().get(), Map.of(), write(TeamsPayload.build(n.subject, n.bodyText)));
      case PAGERDUTY -> http.postJson(url(channel), Map.of(), write(page(channel, n)));
      case WEBHOOK -> sendWebhook(channel, n);
      case EMAIL -> sendEmail(channel, n);
    };
  }

  /**
   * A page event as queued, or for a notice sent to a PagerDuty channel a trigger keyed by its
   * incident, so every notice of one incident lands on one PagerDuty incident.
   */
  private static ObjectNode page(Channel channel, Notification n) {
    String action = n.pageAction == null ? "trigger" : n.pageAction;
    String key = n.pageKey != null ? n.pageKey : n.incidentId != null ? n.incidentId : n.id;
    String summary = n.subject == null || n.subject.isBlank() ? n.bodyText : n.subject;
    return PagerDutyEvent.build(
        channel.secret().get().get(0).strip(),
        action,
        key,
        summary,
        "critical",
        n.incidentId,
        null);
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
