package io.irplaybook.incident.rest;

import io.irplaybook.incident.service.IdempotencyKey;
import io.irplaybook.incident.service.IdempotencyService;
import io.irplaybook.incident.service.ProblemException;
import io.irplaybook.incident.service.Requester;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;

/** Who is calling (for the audit trail) and the caller's idempotency key. */
@ApplicationScoped
public class Callers {

  private final SecurityIdentity identity;

  Callers(SecurityIdentity identity) {
    this.identity = identity;
  }

  public Requester requester(HttpServerRequest request) {
    String ip = request == null || request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
    return new Requester(identity.getPrincipal().getName(), ip);
  }

  /** Null without a key; 400 for a key that is blank or too long. */
  public IdempotencyKey key(String header, String requestHash) {
    if (header == null) {
      return null;
    }
    if (header.isBlank() || header.length() > IdempotencyService.MAX_KEY_LENGTH) {
      throw new ProblemException(400, "Invalid Idempotency-Key",
          "Expected an Idempotency-Key of 1 to " + IdempotencyService.MAX_KEY_LENGTH + " characters, e.g. a UUID.");
    }
    return new IdempotencyKey(identity.getPrincipal().getName(), header, requestHash);
  }
}
