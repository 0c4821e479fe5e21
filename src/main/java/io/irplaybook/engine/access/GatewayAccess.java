package io.irplaybook.engine.access;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.stream.Stream;

/** Which credential the engine's two APIs require, decided once at start-up. */
public final class GatewayAccess {

  private GatewayAccess() {}

  /**
   * The engine's access rule: a configured credential (static token, basic user, OAuth, or any of
   * them together) is always required; without one the engine may listen only on loopback, where no
   * other machine reaches it.
   *
   * @param host the interface both APIs bind to
   * @param token the static token, if any
   * @param oauth the OAuth issuer whose bearer tokens are accepted, if any
   * @param basic the user and password accepted with basic authentication, if any
   * @return the credential to require, or empty when loopback needs none
   * @throws IllegalStateException when the host reaches beyond loopback and no credential is set,
   *     or the token is too short
   */
  public static Optional<GatewayCredential> forHost(
      String host,
      Optional<String> token,
      Optional<GatewayOAuth> oauth,
      Optional<GatewayBasicAuth.Credentials> basic) {
    Optional<GatewayCredential> credential =
        Stream.<Optional<GatewayCredential>>of(
                token.map(GatewayToken::of),
                oauth.<GatewayCredential>map(OAuthBearer::new),
                basic.<GatewayCredential>map(GatewayBasicAuth::of))
            .flatMap(Optional::stream)
            .reduce(GatewayCredential::or);
    if (credential.isEmpty() && !isLoopback(host)) {
      throw new IllegalStateException(
          "Expected a gateway credential (irp.engine.token / IRP_ENGINE_TOKEN of 32 characters or"
              + " more, irp.engine.basic.* or irp.engine.oauth.*) because the engine would listen"
              + " on '"
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
