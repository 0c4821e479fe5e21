package io.irplaybook.audit.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** {@code hex(SHA-256(UTF-8(prevHash + canonical)))}: the one formula of the chain. */
public final class AuditHash {

  /** SHA-256 of the empty string: the {@code prevHash} of record 1. */
  public static final String GENESIS =
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

  private AuditHash() {}

  public static String of(String prevHash, String canonical) {
    return sha256Hex(prevHash + canonical);
  }

  public static String sha256Hex(String text) {
    return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  public static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("every Java runtime has SHA-256", impossible);
    }
  }
}
