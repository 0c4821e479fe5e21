package io.irplaybook.slack;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The Slack channel made for one incident, or why Slack refused to make it. */
@Entity
@Table(name = "slack_incident_channel")
public class IncidentChannel extends PanacheEntityBase {

  @Id
  @Column(name = "incident_id")
  public String incidentId;

  /** Slack's channel id ({@code C...}); null when Slack refused for good. */
  @Column(name = "channel_id")
  public String channelId;

  @Column(name = "channel_name")
  public String channelName;

  /** Slack's error code when it refused (e.g. {@code name_taken}); else null. */
  public String error;

  @Column(name = "created_at")
  public Instant createdAt;
}
