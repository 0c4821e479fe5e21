package io.irplaybook.alert;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * One accepted delivery of a source, by its {@code webhook-id}: the row exists before the alert is
 * processed, so a second delivery with the same id is refused as a replay.
 */
@Entity
@Table(name = "alert_receipt")
public class AlertReceipt extends PanacheEntityBase {

  /** Source name and webhook-id: an id is unique per sender, not across senders. */
  @Embeddable
  public static class Key implements Serializable {
    public String source;

    @Column(name = "webhook_id")
    public String webhookId;

    public Key() {}

    public Key(String source, String webhookId) {
      this.source = source;
      this.webhookId = webhookId;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(source, k.source)
          && Objects.equals(webhookId, k.webhookId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(source, webhookId);
    }
  }

  @EmbeddedId public Key key;

  @Column(name = "received_at")
  public Instant receivedAt;

  public String fingerprint;

  @Column(name = "incident_id")
  public String incidentId;

  /** True when the alert was attached to an open incident instead of declaring one. */
  public Boolean repeated;
}
