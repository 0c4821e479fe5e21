package io.irplaybook.security;

import io.irplaybook.security.config.SecurityConfig;
import io.irplaybook.security.service.CsrfGuard;
import io.irplaybook.security.service.IrpAuthenticationMechanism;
import io.irplaybook.security.service.SessionCodec;
import io.irplaybook.security.service.SessionStore;
import io.irplaybook.security.service.SignInAudit;
import io.irplaybook.security.service.SignInThrottle;
import io.irplaybook.security.service.UserService;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.NewCookie;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What the pages need from the security feature: the sign-in form (with its pre-session CSRF
 * token), signing in, signing out, and the one CSRF check every page form goes through.
 */
@ApplicationScoped
public class PageSessions {

  /** The name of the hidden form field that carries the CSRF token. */
  public static final String CSRF_FIELD = CsrfGuard.FIELD;

  /** The cookie that pairs with the sign-in form's CSRF token (a signed double-submit token). */
  public static final String SIGN_IN_COOKIE = "irp_signin";

  private static final String SIGN_IN_PATH = "/signin";

  private final UserService users;
  private final SessionCodec codec;
  private final SessionStore store;
  private final SignInThrottle throttle;
  private final SignInAudit audit;
  private final CsrfGuard csrf;
  private final SecurityConfig config;

  PageSessions(
      UserService users,
      SessionCodec codec,
      SessionStore store,
      SignInThrottle throttle,
      SignInAudit audit,
      CsrfGuard csrf,
      SecurityConfig config) {
    this.users = users;
    this.codec = codec;
    this.store = store;
    this.throttle = throttle;
    this.audit = audit;
    this.csrf = csrf;
    this.config = config;
  }

  /** A sign-in form to show: the token for its hidden field and the cookie to set with it. */
  public record SignInForm(String csrf, NewCookie cookie) {}

  /** What became of a sign-in attempt. */
  public sealed interface SignIn {

    /** Signed in: set these cookies (the session, and the sign-in cookie cleared). */
    record SignedIn(List<NewCookie> cookies) implements SignIn {}

    /** Wrong user name or password (or a disabled user): nothing says which. */
    record Refused() implements SignIn {}

    /** Too many failed attempts: the password was not checked; try again after this wait. */
    record Throttled(long retryAfterSeconds) implements SignIn {}

    /** The form's CSRF token does not match the browser's sign-in cookie: show a fresh form. */
    record FormExpired() implements SignIn {}
  }

  /**
   * The sign-in form's token, reusing the browser's sign-in cookie when it sent one (so two open
   * sign-in tabs both work), else a new one.
   */
  public SignInForm signInForm(String signInCookie) {
    String value =
        signInCookie != null && signInCookie.matches("[A-Za-z0-9_-]{22}")
            ? signInCookie
            : codec.preSession();
    return new SignInForm(
        codec.preSessionCsrf(value),
        new NewCookie.Builder(SIGN_IN_COOKIE)
            .value(value)
            .path(SIGN_IN_PATH)
            .httpOnly(true)
            .secure(config.secureCookie())
            .sameSite(NewCookie.SameSite.STRICT)
            .build());
  }

  /**
   * Checks the form's CSRF token, then the throttle, then the password. A failure counts towards
   * the throttle (and its aggregate audit record); a success is audited and opens a session.
   */
  public SignIn signIn(
      String username, String password, String sourceIp, String signInCookie, String csrfToken) {
    if (!codec.preSessionMatches(signInCookie, csrfToken)) {
      return new SignIn.FormExpired();
    }
    String name = username == null ? "" : username.strip();
    Optional<Duration> wait = throttle.refusal(sourceIp, name);
    if (wait.isPresent()) {
      return new SignIn.Throttled(IrpAuthenticationMechanism.retryAfterSeconds(wait.get()));
    }
    if (password == null || users.verify(name, password).isEmpty()) {
      throttle.failed(sourceIp, name, "form");
      return new SignIn.Refused();
    }
    audit.succeeded(name, "form", sourceIp);
    NewCookie session =
        new NewCookie.Builder(SessionCodec.COOKIE)
            .value(store.open(name))
            .path("/")
            .httpOnly(true)
            .secure(config.secureCookie())
            .maxAge((int) config.sessionTimeout().toSeconds())
            .sameSite(NewCookie.SameSite.STRICT)
            .build();
    return new SignIn.SignedIn(List.of(session, cleared(SIGN_IN_COOKIE, SIGN_IN_PATH)));
  }

  /**
   * Ends the identity's page session server-side (its cookie is refused from now on) after checking
   * the form's CSRF token (403 when it does not match); answers the cookie that clears the session
   * cookie in the browser. Without a session there is nothing to end.
   */
  public NewCookie signOut(SecurityIdentity identity, String csrfToken) {
    if (!identity.isAnonymous()) {
      csrf.check(identity, csrfToken);
      String session = identity.getAttribute(CsrfGuard.SESSION);
      if (session != null) {
        store.end(session);
      }
    }
    return cleared(SessionCodec.COOKIE, "/");
  }

  /** The token to put into a page's forms, or an empty string when forms cannot be posted. */
  public String csrfToken(SecurityIdentity identity) {
    return csrf.token(identity);
  }

  /** Refuses (403) a form post whose token does not belong to the identity's session. */
  public void checkCsrf(SecurityIdentity identity, String token) {
    csrf.check(identity, token);
  }

  private NewCookie cleared(String name, String path) {
    return new NewCookie.Builder(name)
        .value("")
        .path(path)
        .httpOnly(true)
        .secure(config.secureCookie())
        .maxAge(0)
        .build();
  }
}
