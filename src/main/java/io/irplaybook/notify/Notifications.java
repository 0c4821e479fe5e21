package io.irplaybook.notify;

import io.irplaybook.audit.AuditEvent;
import io.irplaybook.audit.AuditTrail;
import io.irplaybook.notify.config.NotifyConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The API other features call to send something: {@link #enqueue} writes an outbox row inside the
 * caller's transaction, so the notification exists if and only if the caller's change commits.
 */
@ApplicationScoped
public class Notifications {

  private final NotifyConfig config;
  private final AuditTrail audit;
  private final Clock clock;

  Notifications(NotifyConfig config, AuditTrail audit, Clock clock) {
    this.config = config;
    this.audit = audit;
    this.clock = clock;
  }

  /** The names of the configured channels, as {@link #enqueue} accepts them. */
  public Set<String> channelNames() {
    return config.channels().keySet();
  }

  /**
   * The channels among {@code names} configured with {@code channelClass}, in the given order.
   * Names of no configured channel are kept, so that {@link #enqueue} refuses them with its message
   * rather than the misconfiguration going unnoticed.
   */
  public List<String> ofClass(ChannelClass channelClass, Collection<String> names) {
    return names.stream()
        .filter(
            name -> {
              NotifyConfig.Channel channel = config.channels().get(name);
              return channel == null || channel.classes().contains(channelClass);
            })
        .toList();
  }

  /**
   * Queues {@code message} for the named channel and returns the notification id. Calling it again
   * with the same idempotency key returns the first id and queues nothing.
   *
   * @throws IllegalArgumentException when no channel of that name is configured
   */
  @Transactional(Transactional.TxType.REQUIRED)
  public String enqueue(String channelName, NotificationMessage message) {
    if (!config.channels().containsKey(channelName)) {
      throw new IllegalArgumentException(
          "Expected a configured notification channel, but '"
              + channelName
              + "' is not one: configure irp.notify.channels."
              + channelName
              + ".type (known: "
              + config.channels().keySet()
              + ")");
    }
    return queue(channelName, message, null);
  }

  /**
   * Queues a PagerDuty event for the named {@code pagerduty} channel, once per action and dedup key
   * (a repeated call returns the first id), and returns the notification id.
   *
   * @throws IllegalArgumentException when the channel is not a configured PagerDuty channel
   */
  @Transactional(Transactional.TxType.REQUIRED)
  public String page(String channelName, PageEvent page) {
    NotifyConfig.Channel channel = config.channels().get(channelName);
    if (channel == null || channel.type() != NotifyConfig.ChannelType.PAGERDUTY) {
      throw new IllegalArgumentException(
          "Expected a channel of type pagerduty, but '"
              + channelName
              + "' is "
              + (channel == null ? "not configured" : channel.type().name().toLowerCase()));
    }
    var message =
        new NotificationMessage(
            page.summary(),
            page.summary(),
            null,
            "en",
            page.incidentId(),
            "page:" + channelName + ":" + page.action() + ":" + page.dedupKey());
    return queue(channelName, message, page);
  }

  private String queue(String channelName, NotificationMessage message, PageEvent page) {
    Notification existing = Notification.byIdempotencyKey(message.idempotencyKey());
    if (existing != null) {
      return existing.id;
    }
    Instant now = clock.instant();
    Notification row = new Notification();
    row.id = "msg_" + UUID.randomUUID().toString().replace("-", "");
    row.channel = channelName;
    row.idempotencyKey = message.idempotencyKey();
    row.subject = message.subject();
    row.bodyText = message.text();
    row.bodyHtml = message.html();
    row.locale = message.locale();
    row.incidentId = message.incidentId();
    row.status = Notification.PENDING;
    row.attempts = 0;
    row.nextAttemptAt = now;
    row.createdAt = now;
    if (message.actions() != null) {
      row.actionTaskId = message.actions().taskId();
      row.actionUrl = message.actions().openUrl();
    }
    if (page != null) {
      row.pageAction = page.action();
      row.pageKey = page.dedupKey();
    }
    row.persist();
    audit.append(
        AuditEvent.of(AuditEvent.system("notify"), "notification.queued", "notification", row.id)
            .incident(message.incidentId())
            .detail("channel", channelName)
            .build());
    return row.id;
  }
}
