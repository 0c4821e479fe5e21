package io.irplaybook.paging.service;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * PagerDuty V3 webhook signatures: {@code X-PagerDuty-Signature} holds one or more {@code v1=<hex
 * HMAC-SHA256 of the raw body>}, comma-separated (PagerDuty signs with every secret of the
 * subscription while one is being rotated). One match with one of our secrets is enough.
 */
public final class PagerDutySignature {

  private PagerDutySignature() {}

  /** {@code v1=<hex>} of the body with this secret. */
  public static String sign(String secret, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return "v1=" + HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  /** Whether any signature in the header is the body's, signed with any of the secrets. */
  public static boolean matches(List<String> secrets, String header, byte[] body) {
    if (header == null || header.isBlank()) {
      return false;
    }
    boolean found = false;
    for (String secret : secrets) {
      byte[] expected = sign(secret.strip(), body).getBytes(StandardCharsets.US_ASCII);
      for (String sent : header.split(",")) {
        // Constant time, and no early exit: the time taken says nothing about a near miss.
        found |= MessageDigest.isEqual(expected, sent.strip().getBytes(StandardCharsets.US_ASCII));
      }
    }
    return found;
  }
}
