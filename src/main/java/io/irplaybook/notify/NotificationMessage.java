package io.irplaybook.notify;

import java.util.Objects;

/**
 * What a feature asks to be sent. The idempotency key makes a repeated enqueue (a redelivered job,
 * a retried request) produce one notification, not two.
 *
 * @param subject e-mail subject, Slack heading, webhook {@code subject}
 * @param text plain text; always present
 * @param html HTML alternative for e-mail, or null
 * @param locale {@code en} or {@code ja}
 * @param incidentId the incident it belongs to, or null
 * @param idempotencyKey unique per intended notification, e.g. {@code
 *     <elementInstanceKey>:<draft>:<channel>}
 * @param actions what a notice about a human step offers (Slack buttons), or null
 */
public record NotificationMessage(
    String subject,
    String text,
    String html,
    String locale,
    String incidentId,
    String idempotencyKey,
    StepActions actions) {

  /** A message without actions. */
  public NotificationMessage(
      String subject,
      String text,
      String html,
      String locale,
      String incidentId,
      String idempotencyKey) {
    this(subject, text, html, locale, incidentId, idempotencyKey, null);
  }

  public NotificationMessage {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    locale = locale == null || locale.isBlank() ? "en" : locale;
    subject = subject == null ? "" : subject;
  }
}
