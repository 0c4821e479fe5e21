package io.irplaybook.paging;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A page raised for one overdue step: at most one per step, resolved once it is done. */
@Entity
@Table(name = "paging_page")
public class Page extends PanacheEntityBase {

  @Id
  @Column(name = "step_id")
  public long stepId;

  @Column(name = "incident_id")
  public String incidentId;

  @Column(name = "dedup_key")
  public String dedupKey;

  @Column(name = "triggered_at")
  public Instant triggeredAt;

  @Column(name = "resolved_at")
  public Instant resolvedAt;
}
