package io.irplaybook.notify.service;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs a webhook per the Standard Webhooks specification: the signed content is {@code
 * id.timestamp.body}, the signature {@code v1,<base64 HMAC-SHA256>} with the base64 key that
 * follows {@code whsec_}. With several secrets (a rotation) every one signs, space-separated.
 */
public final class WebhookSigner {

  private static final String PREFIX = "whsec_";

  private WebhookSigner() {}

  public static String signatures(
      List<String> secrets, String id, long timestampSeconds, String body) {
    return secrets.stream()
        .map(secret -> "v1," + sign(secret, id, timestampSeconds, body))
        .collect(Collectors.joining(" "));
  }

  static String sign(String secret, String id, long timestampSeconds, String body) {
    String trimmed = secret.trim();
    byte[] key =
        Base64.getDecoder()
            .decode(trimmed.startsWith(PREFIX) ? trimmed.substring(PREFIX.length()) : trimmed);
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      byte[] digest =
          mac.doFinal((id + "." + timestampSeconds + "." + body).getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
    }
  }

  /**
   * Whether {@code secret} has the shape the spec asks for, checked when channels are configured.
   */
  public static boolean wellFormed(String secret) {
    String trimmed = secret.trim();
    if (!trimmed.startsWith(PREFIX)) {
      return false;
    }
    try {
      return Base64.getDecoder().decode(trimmed.substring(PREFIX.length())).length >= 24;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
