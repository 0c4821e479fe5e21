package io.irplaybook.notify;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A receiver's check, written from the Standard Webhooks specification and independent of the
 * service's signer: strip {@code whsec_}, base64-decode the key, HMAC-SHA256 over {@code
 * msg_id.timestamp.payload}, base64, and accept when any space-separated {@code v1,} entry matches.
 */
final class StandardWebhooksVerifier {

  private StandardWebhooksVerifier() {}

  static boolean verify(
      String secret, String msgId, String timestamp, String payload, String signatureHeader)
      throws Exception {
    byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key, "HmacSHA256"));
    byte[] expected =
        mac.doFinal((msgId + "." + timestamp + "." + payload).getBytes(StandardCharsets.UTF_8));
    for (String entry : signatureHeader.split(" ")) {
      String[] parts = entry.split(",", 2);
      if (parts.length == 2
          && parts[0].equals("v1")
          && MessageDigest.isEqual(expected, Base64.getDecoder().decode(parts[1]))) {
        return true;
      }
    }
    return false;
  }
}
