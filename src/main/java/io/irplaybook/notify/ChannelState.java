package io.irplaybook.notify;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A channel disabled because its endpoint answered 410 Gone; shared by all replicas through the
 * database.
 */
@Entity
@Table(name = "notify_channel_state")
public class ChannelState extends PanacheEntityBase {

  @Id public String channel;

  @Column(name = "disabled_at")
  public Instant disabledAt;

  @Column(name = "disabled_reason")
  public String disabledReason;

  public boolean disabled() {
    return disabledAt != null;
  }
}
