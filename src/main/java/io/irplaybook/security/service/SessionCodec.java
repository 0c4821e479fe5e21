package io.irplaybook.security.service;

import io.irplaybook.security.config.SecurityConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The page session: a cookie {@code user.expiry.nonce.signature} signed with HMAC-SHA256, and the
 * CSRF token derived from it. Nothing is stored on the server; roles are read from the database on
 * every request, so a removed user loses access at once.
 */
@ApplicationScoped
public class SessionCodec {

  public static final String COOKIE = "irp_session";

  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getUrlDecoder();

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

  /** A session a verified cookie stands for. */
  public record Session(String username, String csrfToken) {}

  /** A new cookie value for the user, valid for the configured session timeout. */
  public String issue(String username) {
    long expiry = clock.instant().plus(config.sessionTimeout()).getEpochSecond();
    byte[] nonce = new byte[12];
    new SecureRandom().nextBytes(nonce);
    String payload =
        B64.encodeToString(username.getBytes(StandardCharsets.UTF_8))
            + "."
            + expiry
            + "."
            + B64.encodeToString(nonce);
    return payload + "." + sign("session:" + payload);
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
      return Optional.of(new Session(username, sign("csrf:" + cookie)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** A CSRF token for a user signed in by OIDC (no local session cookie to derive one from). */
  public String userCsrf(String username) {
    return sign("csrf-user:" + username);
  }

  public int maxAgeSeconds() {
    return (int) config.sessionTimeout().toSeconds();
  }

  public boolean secureCookie() {
    return config.secureCookie();
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
    new SecureRandom().nextBytes(bytes);
    return bytes;
  }
}
