package io.irplaybook.security.service;

import io.irplaybook.audit.AuditEvent;
import io.irplaybook.audit.AuditTrail;
import io.irplaybook.security.ApiToken;
import io.irplaybook.security.IssuedToken;
import io.irplaybook.security.SecurityProblem;
import io.irplaybook.security.TokenView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Issues, lists, revokes and checks API tokens ({@code irp_} followed by 256 random bits). A
 * token's name is a label: the token acts as {@code token:<name>} ({@link ApiToken#principal}), so
 * it never passes for a person or a {@code system:*} actor. Two live tokens never share a name, so
 * the principal names one live token.
 */
@ApplicationScoped
public class TokenService {

  public static final String PREFIX = "irp_";

  private static final SecureRandom RANDOM = new SecureRandom();

  private final AuditTrail audit;
  private final Clock clock;

  TokenService(AuditTrail audit, Clock clock) {
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * The identity behind a valid token.
   *
   * @param principal {@code token:<name>}
   */
  public record TokenIdentity(String principal, List<String> roles) {}

  /**
   * Issues a token.
   *
   * @param expiresAt when it stops working, or null for a token that lasts until revoked
   */
  @Transactional
  public IssuedToken issue(String name, List<String> roles, Instant expiresAt, String actor) {
    if (name == null || name.isBlank() || name.strip().length() > 100) {
      throw new SecurityProblem(
          400, "Name the token (1 to 100 characters), e.g. after the client that will use it.");
    }
    Instant now = clock.instant();
    if (expiresAt != null && !expiresAt.isAfter(now)) {
      throw new SecurityProblem(
          400,
          "Give the token an expiry in the future (expiresAt), or none to keep it until revoked.");
    }
    if (ApiToken.liveNameTaken(name.strip(), now)) {
      throw new SecurityProblem(
          409,
          "A live token is named '"
              + name.strip()
              + "' already; revoke it first or choose another name.");
    }
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    ApiToken entity = new ApiToken();
    entity.name = name.strip();
    entity.roles = RoleNames.validatedCsv(roles);
    entity.tokenHash = sha256(token);
    entity.createdAt = now;
    entity.createdBy = actor;
    entity.expiresAt = expiresAt;
    entity.persist();
    AuditEvent.Builder issued =
        AuditEvent.of(actor, "token.issued", "api-token", String.valueOf(entity.id))
            .detail("name", entity.name)
            .detail("roles", entity.roleList());
    if (expiresAt != null) {
      issued.detail("expiresAt", expiresAt.toString());
    }
    audit.append(issued.build());
    return new IssuedToken(
        entity.id,
        entity.name,
        ApiToken.principal(entity.name),
        entity.roleList(),
        expiresAt,
        token);
  }

  @Transactional
  public List<TokenView> list() {
    return ApiToken.<ApiToken>listAll().stream().map(TokenView::of).toList();
  }

  @Transactional
  public TokenView revoke(long id, String actor) {
    ApiToken token = ApiToken.findById(id);
    if (token == null) {
      throw new SecurityProblem(
          404, "No API token has id " + id + "; list them with GET /api/tokens.");
    }
    if (!token.revoked()) {
      token.revokedAt = clock.instant();
      token.revokedBy = actor;
      audit.append(
          AuditEvent.of(actor, "token.revoked", "api-token", String.valueOf(id))
              .detail("name", token.name)
              .build());
    }
    return TokenView.of(token);
  }

  /** The token's principal and roles when it is known, not revoked and not expired. */
  @Transactional
  public Optional<TokenIdentity> verify(String token) {
    if (token == null || !token.startsWith(PREFIX)) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    return ApiToken.findByHash(sha256(token))
        .filter(t -> t.usableAt(now))
        .map(t -> new TokenIdentity(ApiToken.principal(t.name), t.roleList()));
  }

  static String sha256(String value) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
  }
}
