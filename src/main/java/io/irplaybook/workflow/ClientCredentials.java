package io.irplaybook.workflow;

import java.net.URI;
import java.util.Optional;

/**
 * How the service's client proves itself to the gateway and the REST API. {@code origin} names the
 * settings it came from (for the start-up log line; never a secret).
 */
public sealed interface ClientCredentials {

  String origin();

  /** Nothing: the embedded engine on loopback, or a cluster without authentication. */
  record None(String origin) implements ClientCredentials {}

  /** A static bearer token (the embedded engine's irp.engine.token beyond loopback). */
  record Bearer(String origin, String token) implements ClientCredentials {
    @Override
    public String toString() {
      return "Bearer[origin=" + origin + ", token=****]";
    }
  }

  /** HTTP Basic: Camunda 8.8's Helm chart default, and the embedded engine's irp.engine.basic. */
  record Basic(String origin, String username, String password) implements ClientCredentials {
    @Override
    public String toString() {
      return "Basic[origin=" + origin + ", username=" + username + ", password=****]";
    }
  }

  /** OAuth client credentials (SaaS, or Self-Managed with Identity / an OIDC provider). */
  record OAuth(
      String origin,
      String clientId,
      String clientSecret,
      URI tokenUrl,
      Optional<String> audience,
      Optional<String> scope)
      implements ClientCredentials {
    @Override
    public String toString() {
      return "OAuth[origin="
          + origin
          + ", clientId="
          + clientId
          + ", tokenUrl="
          + tokenUrl
          + ", audience="
          + audience.orElse("")
          + ", clientSecret=****]";
    }
  }
}
