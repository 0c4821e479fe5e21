package io.irplaybook.audit.verify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Reads and writes Ed25519 keys in the forms operators have at hand: base64 DER (PKCS#8 private,
 * X.509 public), PEM, or a bare base64 32-byte key. JDK only, so the offline verifier needs nothing
 * else.
 */
public final class Ed25519Keys {

  // DER prefixes that turn a raw 32-byte key into PKCS#8 / X.509 (RFC 8410).
  private static final byte[] PKCS8_PREFIX =
      HexFormat.of().parseHex("302e020100300506032b657004220420");
  private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

  private Ed25519Keys() {}

  public static PrivateKey privateKey(String text) throws GeneralSecurityException {
    byte[] der = decode(text);
    return KeyFactory.getInstance("Ed25519")
        .generatePrivate(
            new PKCS8EncodedKeySpec(der.length == 32 ? concat(PKCS8_PREFIX, der) : der));
  }

  /** A public key given inline, or the path of a file that holds one (PEM, base64 text or DER). */
  public static PublicKey publicKey(String textOrPath)
      throws GeneralSecurityException, IOException {
    byte[] der;
    Path path = looksLikePath(textOrPath) ? Path.of(textOrPath) : null;
    if (path != null && Files.isRegularFile(path)) {
      byte[] content = Files.readAllBytes(path);
      der =
          content.length > 0 && content[0] == 0x30
              ? content
              : decode(new String(content, StandardCharsets.US_ASCII));
    } else {
      der = decode(textOrPath);
    }
    return KeyFactory.getInstance("Ed25519")
        .generatePublic(new X509EncodedKeySpec(der.length == 32 ? concat(X509_PREFIX, der) : der));
  }

  private static boolean looksLikePath(String text) {
    return text.length() < 1024 && !text.contains("\n") && !text.startsWith("-----");
  }

  /**
   * Base64 of the X.509 SubjectPublicKeyInfo DER, the form {@code openssl pkey -pubout -outform
   * DER} writes.
   */
  public static String encode(PublicKey key) {
    return Base64.getEncoder().encodeToString(key.getEncoded());
  }

  public static byte[] sign(PrivateKey key, byte[] data) throws GeneralSecurityException {
    var signature = Signature.getInstance("Ed25519");
    signature.initSign(key);
    signature.update(data);
    return signature.sign();
  }

  public static boolean verify(PublicKey key, byte[] data, byte[] sig)
      throws GeneralSecurityException {
    var signature = Signature.getInstance("Ed25519");
    signature.initVerify(key);
    signature.update(data);
    return signature.verify(sig);
  }

  private static byte[] decode(String text) {
    String body = text.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    try {
      return Base64.getDecoder().decode(body);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "Expected an Ed25519 key in base64 (DER or raw 32 bytes) or PEM, but it is not base64");
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
