package io.irplaybook.incident.rest;

import io.irplaybook.incident.service.IdempotencyKey;
import io.irplaybook.incident.service.IdempotencyService;
import io.irplaybook.incident.service.Requester;
import io.irplaybook.platform.ProblemException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.SecurityContext;

/**
 * Who is calling (for the audit trail) and the caller's idempotency key. Reads the JAX-RS {@link
 * SecurityContext} rather than injecting a SecurityIdentity, which exists only once a security
 * extension is installed.
 */
@ApplicationScoped
public class Callers {

  static final String ANONYMOUS = "anonymous";

  public Requester requester(SecurityContext security, HttpServerRequest request) {
    String ip =
        request == null || request.remoteAddress() == null
            ? null
            : request.remoteAddress().hostAddress();
    return new Requester(name(security), ip);
  }

  /** Null without a key; 400 for a key that is blank or too long. */
  public IdempotencyKey key(SecurityContext security, String header, String requestHash) {
    if (header == null) {
      return null;
    }
    if (header.isBlank() || header.length() > IdempotencyService.MAX_KEY_LENGTH) {
      throw new ProblemException(
          400,
          "Invalid Idempotency-Key",
          "Expected an Idempotency-Key of 1 to "
              + IdempotencyService.MAX_KEY_LENGTH
              + " characters, e.g. a UUID.");
    }
    return new IdempotencyKey(name(security), header, requestHash);
  }

  private static String name(SecurityContext security) {
    return security == null || security.getUserPrincipal() == null
        ? ANONYMOUS
        : security.getUserPrincipal().getName();
  }
}
