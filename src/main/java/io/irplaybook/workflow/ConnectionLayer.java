package io.irplaybook.workflow;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What one family of settings says about the connection: the service's own {@code irp.camunda.*},
 * Camunda's {@code CAMUNDA_*} variables, or the older {@code ZEEBE_*} ones. Each field is empty
 * where the family says nothing, so {@link CamundaConnection#resolve} can fall through to the next.
 *
 * @param name how operators know the family, for messages: {@code IRP_CAMUNDA_*}, {@code CAMUNDA_*}
 * @param credentials the family's credentials, when it names any; built (and checked for
 *     completeness) only when the family wins, so half a credential in a family below never stops
 *     the service
 * @param variables the names of the variables that were set (never their values)
 */
record ConnectionLayer(
    String name,
    Optional<URI> grpcAddress,
    Optional<URI> restAddress,
    Optional<String> caCertificatePath,
    Optional<Supplier<ClientCredentials>> credentials,
    List<String> variables) {

  ConnectionLayer {
    variables = List.copyOf(variables);
  }

  /** True when the family points the client somewhere, not merely at credentials. */
  boolean namesAnAddress() {
    return grpcAddress.isPresent() || restAddress.isPresent();
  }

  /**
   * Reads an address the way the Camunda client needs it: {@code http://host:port} (plaintext) or
   * {@code https://host:port} (TLS), the scheme deciding the transport.
   */
  static URI address(String setting, String value) {
    URI address;
    try {
      address = URI.create(value.strip());
    } catch (IllegalArgumentException e) {
      address = null;
    }
    String scheme = address == null ? null : address.getScheme();
    boolean knownScheme = "http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme);
    if (!knownScheme || address.getHost() == null) {
      throw new IllegalArgumentException(
          "Expected "
              + setting
              + " to be http://host:port (plaintext) or https://host:port (TLS), but it was '"
              + value
              + "'");
    }
    return address;
  }
}
