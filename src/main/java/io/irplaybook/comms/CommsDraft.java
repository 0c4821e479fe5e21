package io.irplaybook.comms;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One rendered communication for one incident; its text lives in {@link CommsDraftVersion}s. */
@Entity
@Table(name = "comms_draft")
public class CommsDraft extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  /**
   * Element instance key + template: a redelivered {@code comms.render} job finds the draft it
   * made.
   */
  @Column(name = "render_key")
  public String renderKey;

  @Column(name = "incident_id")
  public String incidentId;

  public String template;
  public String locale;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "sent_at")
  public Instant sentAt;
}
