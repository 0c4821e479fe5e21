package io.irplaybook.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An API token for a machine client. Only the SHA-256 of the token is kept: the token has 256 bits
 * of randomness, so a fast hash is enough and a stolen table reveals no usable token.
 */
@Entity
@Table(name = "irp_api_token")
public class ApiToken extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  public String name;

  @Column(name = "token_hash")
  public String tokenHash;

  /** Comma-separated role names from {@link Roles}. */
  public String roles;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "created_by")
  public String createdBy;

  @Column(name = "revoked_at")
  public Instant revokedAt;

  @Column(name = "revoked_by")
  public String revokedBy;

  /** When the token stops working, or null when it lasts until revoked. */
  @Column(name = "expires_at")
  public Instant expiresAt;

  /** What every token principal starts with; no user name can contain its ':'. */
  public static final String PRINCIPAL_PREFIX = "token:";

  /**
   * The principal a token acts under: its name is a label, never a person or {@code system:*}
   * actor, so a token named {@code nora} acts as {@code token:nora} and passes no holder check of
   * the user nora.
   */
  public static String principal(String name) {
    return PRINCIPAL_PREFIX + name;
  }

  public List<String> roleList() {
    return User.splitRoles(roles);
  }

  public boolean revoked() {
    return revokedAt != null;
  }

  /** Whether the token works at this instant: not revoked and not expired. */
  public boolean usableAt(Instant now) {
    return !revoked() && (expiresAt == null || now.isBefore(expiresAt));
  }

  /** A token that is neither revoked nor expired carries this name already. */
  public static boolean liveNameTaken(String name, Instant now) {
    return find(
                "name = ?1 and revokedAt is null and (expiresAt is null or expiresAt > ?2)",
                name,
                now)
            .count()
        > 0;
  }

  public static Optional<ApiToken> findByHash(String hash) {
    return find("tokenHash", hash).firstResultOptional();
  }
}
