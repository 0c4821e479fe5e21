package io.irplaybook.engine.access;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/** Which credential the engine's two APIs require, decided once at start-up. */
public final class GatewayAccess {

  private GatewayAccess() {}

  /**
   * The engine's access rule: a configured credential (static token, OAuth, or both) is always
   * required; without one the engine may listen only on loopback, where no other machine reaches
   * it.
   *
   * @param host the interface both APIs bind to
   * @param token the static token, if any
   * @param oauth the OAuth issuer whose bearer tokens are accepted, if any
   * @return the credential to require, or empty when loopback needs none
   * @throws IllegalStateException when the host reaches beyond loopback and no credential is set,
   *     or the token is too short
   */
  public static Optional<GatewayCredential> forHost(
      String host, Optional<String> token, Optional<GatewayOAuth> oauth) {
    Optional<GatewayCredential> fromToken = token.map(GatewayToken::of);
    Optional<GatewayCredential> fromOAuth = oauth.map(OAuthBearer::new);
    Optional<GatewayCredential> credential =
        fromToken.isPresent() && fromOAuth.isPresent()
            ? Optional.of(fromToken.get().or(fromOAuth.get()))
            : fromToken.or(() -> fromOAuth);
    if (credential.isEmpty() && !isLoopback(host)) {
      throw new IllegalStateException(
          "Expected a gateway credential (irp.engine.token / IRP_ENGINE_TOKEN of 32 characters or"
              + " more, or irp.engine.oauth.*) because the engine would listen on '"
              + host
              + "', which is reachable beyond this machine, but none is set: anyone reaching the"
              + " port could complete any task or deploy a playbook. Set the token (and give it"
              + " to every client as irp.camunda.token) or keep irp.engine.host=localhost");
    }
    return credential;
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
