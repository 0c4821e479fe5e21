package io.irplaybook.engine.access;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * The static bearer token both engine APIs (gRPC gateway and REST) require when one is configured.
 * Clients present it as {@code Authorization: Bearer <token>}, which is how a Camunda client's
 * credentials provider sends any credential.
 */
public final class GatewayToken {

  /** Shorter tokens are guessable; 32 characters of a random string are not. */
  public static final int MIN_LENGTH = 32;

  private static final String BEARER = "Bearer ";

  private final byte[] expected;

  private GatewayToken(String token) {
    this.expected = (BEARER + token).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The engine's access rule: a configured token is always required; without one the engine may
   * listen only on loopback, where no other machine reaches it.
   *
   * @param host the interface both APIs bind to
   * @param token the configured token, if any
   * @return the token to require, or empty when loopback needs none
   * @throws IllegalStateException when the host reaches beyond loopback and no token is set, or the
   *     token is too short
   */
  public static Optional<GatewayToken> forHost(String host, Optional<String> token) {
    if (token.isPresent()) {
      if (token.get().length() < MIN_LENGTH) {
        throw new IllegalStateException(
            "Expected irp.engine.token to be at least "
                + MIN_LENGTH
                + " characters, but it has "
                + token.get().length()
                + ": generate one with `openssl rand -hex 32`");
      }
      return Optional.of(new GatewayToken(token.get()));
    }
    if (!isLoopback(host)) {
      throw new IllegalStateException(
          "Expected a gateway token (irp.engine.token / IRP_ENGINE_TOKEN, 32 characters or more)"
              + " because the engine would listen on '"
              + host
              + "', which is reachable beyond this machine, but none is set: anyone reaching the"
              + " port could complete any task or deploy a playbook. Set the token (and give it"
              + " to every client as irp.camunda.token) or keep irp.engine.host=localhost");
    }
    return Optional.empty();
  }

  /** True when the value of an {@code Authorization} header carries this token. */
  public boolean admits(String authorizationHeader) {
    if (authorizationHeader == null) {
      return false;
    }
    // Constant time, so the comparison does not reveal how much of a guess was right.
    return MessageDigest.isEqual(expected, authorizationHeader.getBytes(StandardCharsets.UTF_8));
  }

  /** True when every address the host name stands for is a loopback address. */
  static boolean isLoopback(String host) {
    try {
      for (InetAddress address : InetAddress.getAllByName(host)) {
        if (!address.isLoopbackAddress()) {
          return false;
        }
      }
      return true;
    } catch (UnknownHostException e) {
      throw new IllegalStateException(
          "Expected irp.engine.host to name an interface of this machine, but '"
              + host
              + "' does not resolve: "
              + e.getMessage(),
          e);
    }
  }
}
