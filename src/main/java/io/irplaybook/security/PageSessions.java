package io.irplaybook.security;

import io.irplaybook.security.service.CsrfGuard;
import io.irplaybook.security.service.SessionCodec;
import io.irplaybook.security.service.SignInAudit;
import io.irplaybook.security.service.UserService;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.NewCookie;
import java.util.Optional;

/**
 * What the pages need from the security feature: signing in with a form, signing out, and the one
 * CSRF check every page form goes through.
 */
@ApplicationScoped
public class PageSessions {

  /** The name of the hidden form field that carries the CSRF token. */
  public static final String CSRF_FIELD = CsrfGuard.FIELD;

  private final UserService users;
  private final SessionCodec sessions;
  private final SignInAudit audit;
  private final CsrfGuard csrf;

  PageSessions(UserService users, SessionCodec sessions, SignInAudit audit, CsrfGuard csrf) {
    this.users = users;
    this.sessions = sessions;
    this.audit = audit;
    this.csrf = csrf;
  }

  /**
   * Checks the password and answers the session cookie to set, or nothing when the name or password
   * is wrong. Both outcomes are audited.
   */
  public Optional<NewCookie> signIn(String username, String password, String sourceIp) {
    String name = username == null ? "" : username.strip();
    if (password == null || users.verify(name, password).isEmpty()) {
      audit.failed(name, "form");
      return Optional.empty();
    }
    audit.succeeded(name, "form", sourceIp);
    return Optional.of(
        new NewCookie.Builder(SessionCodec.COOKIE)
            .value(sessions.issue(name))
            .path("/")
            .httpOnly(true)
            .secure(sessions.secureCookie())
            .maxAge(sessions.maxAgeSeconds())
            .sameSite(NewCookie.SameSite.STRICT)
            .build());
  }

  /** A cookie that replaces the session cookie with an expired, empty one. */
  public NewCookie signOutCookie() {
    return new NewCookie.Builder(SessionCodec.COOKIE)
        .value("")
        .path("/")
        .httpOnly(true)
        .maxAge(0)
        .build();
  }

  /** The token to put into a page's forms, or an empty string when forms cannot be posted. */
  public String csrfToken(SecurityIdentity identity) {
    return csrf.token(identity);
  }

  /** Refuses (403) a form post whose token does not belong to the identity's session. */
  public void checkCsrf(SecurityIdentity identity, String token) {
    csrf.check(identity, token);
  }
}
