package io.irplaybook.incident.service;

import io.irplaybook.incident.IdempotencyRecord;
import io.irplaybook.incident.Incident;
import io.irplaybook.incident.IncidentStatus;
import io.irplaybook.incident.config.IncidentConfig;
import io.irplaybook.platform.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Answers a retried request from the stored first answer. The body is compared byte for byte
 * (SHA-256 of the raw request), as most idempotency-key APIs do: a client retrying sends the same
 * bytes.
 */
@ApplicationScoped
public class IdempotencyService {

  public static final int MAX_KEY_LENGTH = 200;

  private final IncidentViews views;
  private final IncidentConfig config;
  private final Clock clock;

  IdempotencyService(IncidentViews views, IncidentConfig config, Clock clock) {
    this.views = views;
    this.config = config;
    this.clock = clock;
  }

  /**
   * The first answer to this key, if there was one; 422 for another body, 409 while the first is in
   * flight. A first request that never answered (its replica crashed mid-start) is answered, once
   * it is older than {@code irp.incident.stuck-start-after}, with the incident it stored as it
   * stands now: the client learns the incident's id instead of a 409 for ever, and nothing new is
   * started.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<IncidentDeclarer.Outcome> replay(IdempotencyKey key) {
    IdempotencyRecord r =
        IdempotencyRecord.findById(new IdempotencyRecord.Key(key.owner(), key.key()));
    if (r == null) {
      return Optional.empty();
    }
    if (!r.requestHash.equals(key.requestHash())) {
      throw new ProblemException(
          422,
          "Idempotency-Key reused with a different request",
          "The Idempotency-Key '"
              + key.key()
              + "' was first used with a different request body (incident "
              + r.incidentId
              + "); send the identical body to retry, or use a new key for a new incident.");
    }
    if (r.responseStatus == null
        && r.incidentId != null
        && r.createdAt.plus(config.stuckStartAfter()).isBefore(clock.instant())) {
      Incident incident = Incident.findById(r.incidentId);
      if (incident != null) {
        boolean running =
            incident.status != IncidentStatus.STARTING
                && incident.status != IncidentStatus.PENDING_START;
        return Optional.of(
            new IncidentDeclarer.Outcome(
                running ? 201 : 202, views.toJson(views.of(incident)), incident.id));
      }
    }
    if (r.responseStatus == null) {
      throw new ProblemException(
          409,
          "Request still in progress",
          "The first request with Idempotency-Key '"
              + key.key()
              + "' is still being processed; retry in a moment.");
    }
    return Optional.of(
        new IncidentDeclarer.Outcome(r.responseStatus, r.responseBody, r.incidentId));
  }

  public static String sha256(byte[] body) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
  }

  public static String sha256(String body) {
    return sha256(body.getBytes(StandardCharsets.UTF_8));
  }
}
