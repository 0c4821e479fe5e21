package io.irplaybook.security.service;

import io.irplaybook.security.SecurityProblem;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * CSRF protection for the pages' forms (synchroniser token): every form carries a token, and a POST
 * without the matching token is refused. A local session's token is derived from its cookie; an
 * OIDC browser session (signed in by quarkus-oidc) gets one derived from the user name with the
 * service's secret key. HTTP Basic and API tokens get none, so they cannot post the pages' forms at
 * all: a browser that remembers Basic credentials would otherwise send them with a forged
 * cross-site form.
 */
@ApplicationScoped
public class CsrfGuard {

  /** The name of the hidden form field. */
  public static final String FIELD = "_csrf";

  /** The identity attribute holding a local page session's id (for signing out). */
  public static final String SESSION = LocalIdentityProviders.SESSION;

  private final SessionCodec sessions;

  CsrfGuard(SessionCodec sessions) {
    this.sessions = sessions;
  }

  /** The token to put into the forms of a page, or an empty string when forms cannot be posted. */
  public String token(SecurityIdentity identity) {
    String token = expected(identity);
    return token == null ? "" : token;
  }

  public void check(SecurityIdentity identity, String submitted) {
    String expected = expected(identity);
    if (expected == null
        || submitted == null
        || !MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.US_ASCII),
            submitted.getBytes(StandardCharsets.US_ASCII))) {
      throw new SecurityProblem(
          403,
          "The form has expired or did not come from this site; reload the page and submit it again.");
    }
  }

  private String expected(SecurityIdentity identity) {
    if (identity.isAnonymous()) {
      return null;
    }
    String session = identity.getAttribute(LocalIdentityProviders.CSRF);
    if (session != null) {
      return session;
    }
    // Signed in by something other than this feature's mechanism: an OIDC browser session.
    return identity.getAttribute(LocalIdentityProviders.METHOD) == null
        ? sessions.userCsrf(identity.getPrincipal().getName())
        : null;
  }
}
