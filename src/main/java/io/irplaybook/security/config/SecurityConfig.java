package io.irplaybook.security.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
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

  /**
   * How long a page session lasts after signing in. Signing out, disabling the user or changing
   * their password ends it earlier.
   */
  @WithDefault("8h")
  Duration sessionTimeout();

  /**
   * Key that signs session cookies and the sign-in form's CSRF token (at least 32 characters).
   * Unset: a random key per start, so a restart signs everybody out; set it (from a Secret) when
   * several replicas serve the pages.
   */
  Optional<String> sessionSecret();

  /**
   * Mark the session and sign-in cookies {@code Secure}, so a browser sends them over HTTPS only.
   * On by default; the dev and test profiles turn it off for plain-HTTP local runs.
   */
  @WithDefault("true")
  boolean secureCookie();

  /**
   * Password of the bootstrap user {@code admin}, read from {@code IRP_ADMIN_PASSWORD} at the first
   * start only (when no user {@code admin} exists). Unset: a random password is generated and
   * written to {@link #adminPasswordFile()}; only in the dev profile is it logged as well.
   */
  Optional<String> adminPassword();

  /**
   * Where a generated bootstrap password is written (owner read/write only, 0600), once, at the
   * first start without {@code IRP_ADMIN_PASSWORD}. Its path is logged, the password never is
   * (except in the dev profile). Delete the file after the first sign-in.
   */
  @WithDefault("data/admin-password.txt")
  Path adminPasswordFile();

  /** Throttling of failed sign-ins, checked before any password is hashed. */
  Throttle throttle();

  /**
   * Failed sign-ins (HTTP Basic, the sign-in form, API tokens) are counted per source address and
   * per user name in fixed windows; once a count reaches its limit, further attempts in the window
   * are answered 429 with {@code Retry-After} without checking the password. Behind a reverse
   * proxy, set {@code quarkus.http.proxy.proxy-address-forwarding=true} so the source address is
   * the client's, not the proxy's.
   */
  interface Throttle {

    /** The counting window; a count starts again at zero when its window ends. */
    @WithDefault("1m")
    Duration window();

    /** Failed attempts from one source address per window before it is refused. */
    @WithDefault("20")
    int failuresPerAddress();

    /** Failed attempts for one user name (from any address) per window before it is refused. */
    @WithDefault("10")
    int failuresPerUser();

    /**
     * How often ended windows are written to the audit trail, one record per source address and
     * window (and one per user name whose attempts were refused) instead of one per failed attempt.
     * {@code off} only in tests, which record them themselves.
     */
    @WithDefault("1m")
    String auditInterval();
  }
}
