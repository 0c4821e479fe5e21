package io.irplaybook.slack.service;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Slack's request signing (version {@code v0}): {@code X-Slack-Signature} is {@code v0=} and the
 * hex HMAC-SHA256, keyed with the app's signing secret, of {@code
 * v0:<X-Slack-Request-Timestamp>:<raw body>}. The timestamp must be near the service's clock, so a
 * captured request cannot be replayed later.
 */
public final class SlackSignature {

  private static final String VERSION = "v0";

  private SlackSignature() {}

  /** {@code v0=<hex>} for this timestamp and body. */
  public static String sign(String secret, String timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      mac.update((VERSION + ":" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
      return VERSION + "=" + HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  /**
   * Why the request must be refused, or empty when it is signed with {@code secret} within {@code
   * tolerance} of {@code now}.
   */
  public static Optional<String> refusal(
      String secret,
      String timestamp,
      String signature,
      byte[] body,
      Instant now,
      Duration tolerance) {
    if (timestamp == null || signature == null) {
      return Optional.of(
          "Expected the headers X-Slack-Request-Timestamp and X-Slack-Signature, but "
              + (timestamp == null ? "the timestamp" : "the signature")
              + " was missing.");
    }
    long seconds;
    try {
      seconds = Long.parseLong(timestamp.strip());
    } catch (NumberFormatException e) {
      return Optional.of(
          "Expected X-Slack-Request-Timestamp to be Unix seconds, but it was '" + timestamp + "'.");
    }
    if (Math.abs(now.getEpochSecond() - seconds) > tolerance.toSeconds()) {
      return Optional.of(
          "Expected X-Slack-Request-Timestamp within "
              + tolerance.toMinutes()
              + " minutes of the service's clock, but it was "
              + seconds
              + " (a replayed request, or a clock out of sync).");
    }
    byte[] expected = sign(secret, timestamp.strip(), body).getBytes(StandardCharsets.US_ASCII);
    // Constant time: how much of a guess matches must not show in the answer's timing.
    if (!MessageDigest.isEqual(expected, signature.strip().getBytes(StandardCharsets.US_ASCII))) {
      return Optional.of(
          "Expected X-Slack-Signature to be the v0 HMAC-SHA256 of the request with the app's"
              + " signing secret, but it did not match; check irp.slack.signing-secret.");
    }
    return Optional.empty();
  }
}
