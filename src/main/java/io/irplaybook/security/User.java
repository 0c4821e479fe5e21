package io.irplaybook.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A local user: signs in with a password checked against its bcrypt hash. */
@Entity
@Table(name = "irp_user")
public class User extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  public String username;

  @Column(name = "password_hash")
  public String passwordHash;

  /** Comma-separated role names from {@link Roles}. */
  public String roles;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "created_by")
  public String createdBy;

  /** A disabled user can neither sign in nor use HTTP Basic until an admin enables them. */
  public boolean disabled;

  /** The Slack member id ({@code U...} or {@code W...}) this user acts as in Slack, or null. */
  @Column(name = "slack_user_id")
  public String slackUserId;

  public List<String> roleList() {
    return splitRoles(roles);
  }

  public static Optional<User> findByUsername(String username) {
    return find("username", username).firstResultOptional();
  }

  public static Optional<User> findBySlackUserId(String slackUserId) {
    return find("slackUserId", slackUserId).firstResultOptional();
  }

  static List<String> splitRoles(String roles) {
    return Arrays.stream(roles.split(",")).map(String::strip).filter(r -> !r.isEmpty()).toList();
  }
}
