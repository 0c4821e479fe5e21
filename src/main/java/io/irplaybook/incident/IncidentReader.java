package io.irplaybook.incident;

import io.quarkus.security.identity.SecurityIdentity;
import java.util.Set;

/**
 * Who is reading incidents, as far as need to know cares: the principal (a user name, {@code
 * token:<name>} for an API token) and the roles held.
 */
public record IncidentReader(String name, Set<String> roles) {

  public IncidentReader {
    roles = Set.copyOf(roles);
  }

  public static IncidentReader of(SecurityIdentity identity) {
    return new IncidentReader(
        identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName(),
        identity.getRoles());
  }
}
