package io.irplaybook.security.oidc;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/**
 * The service as docs/security.md configures it for OIDC, against the test realm: code flow for the
 * pages, bearer tokens for the API, roles from the realm-role claim, the audience checked, local
 * users switched off.
 */
public class KeycloakOidcProfile implements QuarkusTestProfile {

  @Override
  public List<TestResourceEntry> testResources() {
    return List.of(new TestResourceEntry(Keycloak.class));
  }

  /** Starts Keycloak (unless one is running) and points the service at it. */
  public static class Keycloak implements QuarkusTestResourceLifecycleManager {

    private Process process;

    @Override
    public Map<String, String> start() {
      process = KeycloakServer.start();
      return Map.ofEntries(
          Map.entry("quarkus.oidc.tenant-enabled", "true"),
          Map.entry("quarkus.oidc.auth-server-url", KeycloakServer.issuer()),
          Map.entry("quarkus.oidc.client-id", KeycloakServer.CLIENT_ID),
          Map.entry("quarkus.oidc.credentials.secret", KeycloakServer.CLIENT_SECRET),
          Map.entry("quarkus.oidc.application-type", "hybrid"),
          Map.entry("quarkus.oidc.roles.role-claim-path", "realm_access/roles"),
          Map.entry("quarkus.oidc.roles.source", "accesstoken"),
          Map.entry("quarkus.oidc.token.audience", KeycloakServer.CLIENT_ID),
          Map.entry("quarkus.oidc.token.principal-claim", "preferred_username"),
          Map.entry("quarkus.oidc.logout.path", "/signout"),
          Map.entry("quarkus.oidc.logout.post-logout-path", "/signin"),
          Map.entry("quarkus.oidc.logout.backchannel.path", "/oidc/back-channel-logout"),
          Map.entry("irp.security.local-users", "false"));
    }

    @Override
    public void stop() {
      KeycloakServer.stop(process);
    }
  }
}
