package io.irplaybook.alert.service;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies a request signed per Standard Webhooks: {@code webhook-signature} holds one or more
 * space-separated {@code v1,<base64 HMAC-SHA256>} over {@code id.timestamp.body}, keyed with the
 * base64-decoded part of a {@code whsec_} secret. Answers why a request fails, or empty.
 */
public final class StandardWebhookSignature {

  private static final String PREFIX = "whsec_";
  private static final int MAX_ID = 256;

  private StandardWebhookSignature() {}

  /** The signature header value for these inputs, as a sender computes it. */
  public static String sign(String secret, String id, long timestamp, byte[] body) {
    return "v1," + Base64.getEncoder().encodeToString(mac(key(secret), id, timestamp, body));
  }

  /** A secret intake can use: {@code whsec_} and base64 of at least 24 bytes. */
  public static boolean wellFormed(String secret) {
    try {
      return key(secret).length >= 24;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * Why the request is not genuine (missing headers, a timestamp outside the tolerance, no matching
   * signature), or empty when one signature matches one secret.
   */
  public static Optional<String> refusal(
      List<String> secrets,
      String id,
      String timestamp,
      String signatures,
      byte[] body,
      Instant now,
      Duration tolerance) {
    if (id == null || id.isBlank() || id.length() > MAX_ID) {
      return Optional.of("Expected a webhook-id header of 1 to " + MAX_ID + " characters.");
    }
    if (timestamp == null || signatures == null || signatures.isBlank()) {
      return Optional.of("Expected the headers webhook-timestamp and webhook-signature.");
    }
    long seconds;
    try {
      seconds = Long.parseLong(timestamp.trim());
    } catch (NumberFormatException e) {
      return Optional.of(
          "Expected webhook-timestamp in Unix seconds, but got '" + timestamp + "'.");
    }
    long skew = Math.abs(now.getEpochSecond() - seconds);
    if (skew > tolerance.toSeconds()) {
      return Optional.of(
          "Expected webhook-timestamp within "
              + tolerance.toSeconds()
              + " s of the service's clock, but it is "
              + skew
              + " s away: sign each delivery when it is sent, and keep the sender's clock in sync.");
    }
    for (String secret : secrets) {
      byte[] expected = mac(key(secret), id, seconds, body);
      for (String given : signatures.trim().split(" +")) {
        if (!given.startsWith("v1,")) {
          continue;
        }
        byte[] decoded;
        try {
          decoded = Base64.getDecoder().decode(given.substring(3));
        } catch (IllegalArgumentException e) {
          continue;
        }
        if (MessageDigest.isEqual(expected, decoded)) {
          return Optional.empty();
        }
      }
    }
    return Optional.of(
        "No v1 signature matches: sign webhook-id.webhook-timestamp.body with the source's"
            + " whsec_ secret (HMAC-SHA256, base64).");
  }

  private static byte[] key(String secret) {
    String s = secret.trim();
    if (!s.startsWith(PREFIX)) {
      throw new IllegalArgumentException("a signing secret starts with whsec_");
    }
    return Base64.getDecoder().decode(s.substring(PREFIX.length()));
  }

  private static byte[] mac(byte[] key, String id, long timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
      return mac.doFinal(body);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
