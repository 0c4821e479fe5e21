package io.irplaybook.alert;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The incident an alert fingerprint (source, rule, organisation, sorted assets) declared last, and
 * how often it came back. Intake locks this row while it decides, so copies of one alert arriving
 * at the same moment declare one incident.
 */
@Entity
@Table(name = "alert_fingerprint")
public class AlertFingerprint extends PanacheEntityBase {

  @Id public String fingerprint;

  public String source;

  @Column(name = "rule_name")
  public String ruleName;

  @Column(name = "incident_id")
  public String incidentId;

  @Column(name = "declared_at")
  public Instant declaredAt;

  public int repeats;

  @Column(name = "last_seen_at")
  public Instant lastSeenAt;
}
