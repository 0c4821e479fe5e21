package io.irplaybook.security.service;

import io.irplaybook.security.SecurityProblem;
import io.quarkus.security.identity.SecurityIdentity;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * CSRF protection for the pages' forms (synchroniser token): every form carries the token derived
 * from the session cookie, and a POST without the matching token is refused. HTTP Basic and API
 * tokens have no session, so they cannot post the pages' forms at all.
 */
public final class CsrfGuard {

  /** The name of the hidden form field. */
  public static final String FIELD = "_csrf";

  private CsrfGuard() {}

  /** The token to put into the forms of a page, or an empty string outside a session. */
  public static String token(SecurityIdentity identity) {
    String token = identity.getAttribute(LocalIdentityProviders.CSRF);
    return token == null ? "" : token;
  }

  public static void check(SecurityIdentity identity, String submitted) {
    String expected = identity.getAttribute(LocalIdentityProviders.CSRF);
    if (expected == null || submitted == null
        || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), submitted.getBytes(StandardCharsets.US_ASCII))) {
      throw new SecurityProblem(403, "The form has expired or did not come from this site; reload the page and submit it again.");
    }
  }
}
