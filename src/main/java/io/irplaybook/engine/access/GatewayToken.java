package io.irplaybook.engine.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The static bearer token both engine APIs (gRPC gateway and REST) require when one is configured.
 * Clients present it as {@code Authorization: Bearer <token>}, which is how a Camunda client's
 * credentials provider sends any credential.
 */
public final class GatewayToken implements GatewayCredential {

  /** Shorter tokens are guessable; 32 characters of a random string are not. */
  public static final int MIN_LENGTH = 32;

  private static final String BEARER = "Bearer ";

  private final byte[] expected;

  private GatewayToken(String token) {
    this.expected = (BEARER + token).getBytes(StandardCharsets.UTF_8);
  }

  /** The token, once it is long enough not to be guessed. */
  static GatewayToken of(String token) {
    if (token.length() < MIN_LENGTH) {
      throw new IllegalStateException(
          "Expected irp.engine.token to be at least "
              + MIN_LENGTH
              + " characters, but it has "
              + token.length()
              + ": generate one with `openssl rand -hex 32`");
    }
    return new GatewayToken(token);
  }

  /** True when the value of an {@code Authorization} header carries this token. */
  @Override
  public boolean admits(String authorizationHeader) {
    if (authorizationHeader == null) {
      return false;
    }
    // Constant time, so the comparison does not reveal how much of a guess was right.
    return MessageDigest.isEqual(expected, authorizationHeader.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String expected() {
    return "Bearer <irp.engine.token>";
  }
}
