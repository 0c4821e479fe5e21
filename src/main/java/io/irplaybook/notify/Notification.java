package io.irplaybook.notify;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One outbox row: a message for one channel, delivered by the dispatcher. It names the channel,
 * never its URL or secret. Its id is the Standard Webhooks {@code webhook-id}, the same on every
 * attempt.
 */
@Entity
@Table(name = "notify_outbox")
public class Notification extends PanacheEntityBase {

  /** Waiting for its (next) attempt. */
  public static final String PENDING = "PENDING";

  /**
   * Claimed by a dispatcher; due again when {@link #claimedUntil} passes (the dispatcher crashed).
   */
  public static final String SENDING = "SENDING";

  public static final String DELIVERED = "DELIVERED";

  /** No more attempts: visible at GET /api/notifications?status=DEAD, retried by an operator. */
  public static final String DEAD = "DEAD";

  @Id public String id;
  public String channel;

  @Column(name = "idempotency_key")
  public String idempotencyKey;

  public String subject;

  @Column(name = "body_text")
  public String bodyText;

  @Column(name = "body_html")
  public String bodyHtml;

  public String locale;

  @Column(name = "incident_id")
  public String incidentId;

  public String status;
  public int attempts;

  @Column(name = "next_attempt_at")
  public Instant nextAttemptAt;

  @Column(name = "claimed_until")
  public Instant claimedUntil;

  @Column(name = "last_error")
  public String lastError;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "delivered_at")
  public Instant deliveredAt;

  /** For a PagerDuty channel: trigger, acknowledge or resolve; null for a notice. */
  @Column(name = "page_action")
  public String pageAction;

  /** For a PagerDuty channel: the Events API dedup_key; null for a notice. */
  @Column(name = "page_key")
  public String pageKey;

  /** For a notice about a human step: the task a Slack Claim button claims; else null. */
  @Column(name = "action_task_id")
  public String actionTaskId;

  /** For a notice about a human step: the task's page, an Open button's link; else null. */
  @Column(name = "action_url")
  public String actionUrl;

  public static Notification byIdempotencyKey(String key) {
    return find("idempotencyKey", key).firstResult();
  }
}
