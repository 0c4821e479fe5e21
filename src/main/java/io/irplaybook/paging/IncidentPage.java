package io.irplaybook.paging;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A page raised for a whole incident (its severity raised to critical): one per dedup key, resolved
 * once the incident has ended.
 */
@Entity
@Table(name = "paging_incident_page")
public class IncidentPage extends PanacheEntityBase {

  /** Why the incident was paged; the last segment of its dedup key. */
  public static final String SEVERITY = "severity";

  @Id
  @Column(name = "dedup_key")
  public String dedupKey;

  @Column(name = "incident_id")
  public String incidentId;

  public String reason;

  @Column(name = "triggered_at")
  public Instant triggeredAt;

  @Column(name = "resolved_at")
  public Instant resolvedAt;

  public static String dedupKey(String incidentId, String reason) {
    return incidentId + "/" + reason;
  }
}
