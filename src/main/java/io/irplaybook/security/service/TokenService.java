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
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** Issues, lists, revokes and checks API tokens ({@code irp_} followed by 256 random bits). */
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

  /** The identity behind a valid token. */
  public record TokenIdentity(String name, List<String> roles) {}

  @Transactional
  public IssuedToken issue(String name, List<String> roles, String actor) {
    if (name == null || name.isBlank() || name.length() > 100) {
      throw new SecurityProblem(
          400, "Name the token (1 to 100 characters), e.g. after the client that will use it.");
    }
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    ApiToken entity = new ApiToken();
    entity.name = name.strip();
    entity.roles = RoleNames.validatedCsv(roles);
    entity.tokenHash = sha256(token);
    entity.createdAt = clock.instant();
    entity.createdBy = actor;
    entity.persist();
    audit.append(
        AuditEvent.of(actor, "token.issued", "api-token", String.valueOf(entity.id))
            .detail("name", entity.name)
            .detail("roles", entity.roleList())
            .build());
    return new IssuedToken(entity.id, entity.name, entity.roleList(), token);
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

  /** The token's name and roles when it is known and not revoked. */
  @Transactional
  public Optional<TokenIdentity> verify(String token) {
    if (token == null || !token.startsWith(PREFIX)) {
      return Optional.empty();
    }
    return ApiToken.findByHash(sha256(token))
        .filter(t -> !t.revoked())
        .map(t -> new TokenIdentity(t.name, t.roleList()));
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
