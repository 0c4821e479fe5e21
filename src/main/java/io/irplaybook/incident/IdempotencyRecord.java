package io.irplaybook.incident;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * The first answer given to an {@code Idempotency-Key}, per caller (a key one client chose never
 * reveals another client's incident). The response is null while the first request is in flight.
 */
@Entity
@Table(name = "incident_idempotency")
public class IdempotencyRecord extends PanacheEntityBase {

  @EmbeddedId public Key key;

  @Column(name = "request_hash")
  public String requestHash;

  @Column(name = "incident_id")
  public String incidentId;

  @Column(name = "response_status")
  public Integer responseStatus;

  @Column(name = "response_body")
  public String responseBody;

  @Column(name = "created_at")
  public Instant createdAt;

  /** Caller and key together identify the record. */
  @Embeddable
  public record Key(@Column(name = "owner") String owner, @Column(name = "idem_key") String idemKey)
      implements Serializable {}
}
