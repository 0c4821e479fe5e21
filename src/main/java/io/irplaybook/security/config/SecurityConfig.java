package io.irplaybook.security.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * Sign-in: local users, API tokens and the page session. OIDC is configured with quarkus.oidc.*.
 */
@ConfigMapping(prefix = "irp.security")
public interface SecurityConfig {

  /**
   * Accept local users (HTTP Basic, the sign-in form) and API tokens. Set it to false when OIDC
   * ({@code quarkus.oidc.tenant-enabled=true}) replaces the local users.
   */
  @WithDefault("true")
  boolean localUsers();

  /**
   * bcrypt cost of new password hashes (2^cost rounds). 12 takes about a quarter of a second per
   * check; HTTP Basic checks on every request, so machine clients should use API tokens instead.
   */
  @WithDefault("12")
  int bcryptCost();

  /** How long a page session lasts after signing in. */
  @WithDefault("8h")
  Duration sessionTimeout();

  /**
   * Key that signs session cookies (at least 32 characters). Unset: a random key per start, so a
   * restart signs everybody out; set it (from a Secret) when several replicas serve the pages.
   */
  Optional<String> sessionSecret();

  /** Mark the session cookie Secure; turn it off only for plain-HTTP local runs. */
  @WithDefault("false")
  boolean secureCookie();

  /**
   * Password of the bootstrap user {@code admin}, read from {@code IRP_ADMIN_PASSWORD} at the first
   * start only (when no user {@code admin} exists). Unset: a random password is generated and
   * printed once.
   */
  Optional<String> adminPassword();
}
