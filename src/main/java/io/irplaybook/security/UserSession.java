package io.irplaybook.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A signed-in page session. Only the SHA-256 of the cookie's random id is kept: a stolen table
 * yields no usable cookie, and deleting the row ends the session whatever the cookie says.
 */
@Entity
@Table(name = "irp_session")
public class UserSession extends PanacheEntityBase {

  @Id
  @Column(name = "id_hash")
  public String idHash;

  public String username;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "expires_at")
  public Instant expiresAt;
}
