package io.irplaybook.security.service;

import io.irplaybook.security.config.SecurityConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The page session's cookie: {@code user.expiry.id.signature}, signed with HMAC-SHA256, and the
 * CSRF token derived from it. The id is 128 random bits; {@link SessionStore} keeps its SHA-256, so
 * a session ends server-side (sign-out, a disabled user, a changed password) however long the
 * cookie says it lasts. The same key signs the sign-in form's pre-session CSRF token.
 */
@ApplicationScoped
public class SessionCodec {

  public static final String COOKIE = "irp_session";

  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getUrlDecoder();
  private static final SecureRandom RANDOM = new SecureRandom();

  private final byte[] key;
  private final SecurityConfig config;
  private final Clock clock;

  SessionCodec(SecurityConfig config, Clock clock) {
    this.config = config;
    this.clock = clock;
    this.key =
        config
            .sessionSecret()
            .filter(s -> s.length() >= 32)
            .map(s -> s.getBytes(StandardCharsets.UTF_8))
            .orElseGet(SessionCodec::randomKey);
  }

  /**
   * A session a verified cookie stands for.
   *
   * @param id the session id as {@link SessionStore} keeps it (SHA-256 of the cookie's random id)
   */
  public record Session(String username, String csrfToken, String id) {}

  /** A new session's cookie value and what the server keeps of it. */
  public record Issued(String cookie, String id, Instant expiresAt) {}

  /** A new cookie value for the user, valid for the configured session timeout. */
  public Issued issue(String username) {
    Instant expiresAt = clock.instant().plus(config.sessionTimeout());
    byte[] random = new byte[16];
    RANDOM.nextBytes(random);
    String id = B64.encodeToString(random);
    String payload =
        B64.encodeToString(username.getBytes(StandardCharsets.UTF_8))
            + "."
            + expiresAt.getEpochSecond()
            + "."
            + id;
    return new Issued(
        payload + "." + sign("session:" + payload), TokenService.sha256(id), expiresAt);
  }

  /**
   * A new pre-session value for the sign-in form: the cookie carries it, the form carries its
   * signature (a signed double-submit token), so a cross-site form cannot sign a browser in.
   */
  public String preSession() {
    byte[] random = new byte[16];
    RANDOM.nextBytes(random);
    return B64.encodeToString(random);
  }

  /** The sign-in form's CSRF token for a pre-session cookie value. */
  public String preSessionCsrf(String preSession) {
    return sign("signin:" + preSession);
  }

  /** Whether the sign-in form's token belongs to the pre-session cookie the browser sent. */
  public boolean preSessionMatches(String preSession, String submitted) {
    return preSession != null
        && !preSession.isEmpty()
        && submitted != null
        && MessageDigest.isEqual(
            preSessionCsrf(preSession).getBytes(StandardCharsets.US_ASCII),
            submitted.getBytes(StandardCharsets.US_ASCII));
  }

  /** The session behind a cookie value when its signature is valid and it has not expired. */
  public Optional<Session> verify(String cookie) {
    if (cookie == null) {
      return Optional.empty();
    }
    int last = cookie.lastIndexOf('.');
    if (last < 0) {
      return Optional.empty();
    }
    String payload = cookie.substring(0, last);
    String signature = cookie.substring(last + 1);
    if (!MessageDigest.isEqual(
        sign("session:" + payload).getBytes(StandardCharsets.US_ASCII),
        signature.getBytes(StandardCharsets.US_ASCII))) {
      return Optional.empty();
    }
    String[] parts = payload.split("\\.");
    try {
      if (parts.length != 3 || Long.parseLong(parts[1]) < clock.instant().getEpochSecond()) {
        return Optional.empty();
      }
      String username = new String(B64D.decode(parts[0]), StandardCharsets.UTF_8);
      return Optional.of(
          new Session(username, sign("csrf:" + cookie), TokenService.sha256(parts[2])));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** A CSRF token for a user signed in by OIDC (no local session cookie to derive one from). */
  public String userCsrf(String username) {
    return sign("csrf-user:" + username);
  }

  private String sign(String value) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return B64.encodeToString(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JVM", e);
    }
  }

  private static byte[] randomKey() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return bytes;
  }
}
