package io.irplaybook.notify.rest;

import io.irplaybook.notify.Notification;
import java.time.Instant;

/** An outbox row as operators see it: no body, no destination, nothing secret. */
public record NotificationView(
    String id,
    String channel,
    String incidentId,
    String subject,
    String locale,
    String status,
    int attempts,
    Instant nextAttemptAt,
    String lastError,
    Instant createdAt,
    Instant deliveredAt) {

  static NotificationView of(Notification n) {
    return new NotificationView(
        n.id,
        n.channel,
        n.incidentId,
        n.subject,
        n.locale,
        n.status,
        n.attempts,
        n.nextAttemptAt,
        n.lastError,
        n.createdAt,
        n.deliveredAt);
  }
}
