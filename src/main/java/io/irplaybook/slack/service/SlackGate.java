package io.irplaybook.slack.service;

import io.irplaybook.audit.AuditEvent;
import io.irplaybook.audit.AuditTrail;
import io.irplaybook.platform.MinuteRateLimiter;
import io.irplaybook.platform.ProblemException;
import io.irplaybook.slack.config.SlackConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Optional;
import java.util.OptionalLong;
import org.jboss.logging.Logger;

/**
 * Lets a request from Slack in, or refuses it: Slack must be configured (else 404), within the rate
 * limit (429) and signed with the signing secret within the time tolerance (401). These endpoints
 * carry no token of ours (Slack cannot send one): the signature is the authentication. Every
 * refusal but a repeated 429 is audited as {@code slack.refused}.
 */
@ApplicationScoped
public class SlackGate {

  private static final Logger LOG = Logger.getLogger(SlackGate.class);
  static final String ACTOR = AuditEvent.system("slack");

  /** A refused request: the problem, plus how long to wait for a 429. */
  public static final class Refused extends ProblemException {
    private final long retryAfterSeconds;

    Refused(int status, String title, String detail, long retryAfterSeconds) {
      super(status, title, detail);
      this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
      return retryAfterSeconds;
    }
  }

  /** The request as it arrived: which endpoint, the signing headers, the raw body, the address. */
  public record Arrival(
      String endpoint, String timestamp, String signature, byte[] body, String sourceIp) {}

  private final SlackConfig config;
  private final MinuteRateLimiter limiter;
  private final AuditTrail audit;
  private final Clock clock;

  SlackGate(SlackConfig config, MinuteRateLimiter limiter, AuditTrail audit, Clock clock) {
    this.config = config;
    this.limiter = limiter;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Returns when the request may be handled.
   *
   * @throws Refused otherwise
   */
  public void admit(Arrival a) {
    Optional<String> secret = config.signingSecret().filter(s -> !s.isBlank());
    if (secret.isEmpty()) {
      // Not audited: an unconfigured integration is not under attack, it is absent.
      throw new Refused(
          404,
          "Not Found",
          "Slack is not configured here; set irp.slack.signing-secret to receive Slack requests.",
          0);
    }
    OptionalLong wait = limiter.acquire("slack", config.rateLimit());
    if (wait.isPresent()) {
      long seconds = Math.abs(wait.getAsLong());
      if (wait.getAsLong() > 0) {
        refused(a, 429, "rate limit of " + config.rateLimit() + " per minute");
      }
      throw new Refused(
          429,
          "Too Many Requests",
          "Slack sent more requests this minute than irp.slack.rate-limit allows; retry after "
              + seconds
              + " s.",
          seconds);
    }
    Optional<String> forged =
        SlackSignature.refusal(
            secret.get(),
            a.timestamp(),
            a.signature(),
            a.body(),
            clock.instant(),
            config.timestampTolerance());
    if (forged.isPresent()) {
      refused(a, 401, forged.get());
      LOG.warnf(
          "Refused a Slack request to %s from %s: %s", a.endpoint(), a.sourceIp(), forged.get());
      throw new Refused(401, "Invalid Slack signature", forged.get(), 0);
    }
  }

  private void refused(Arrival a, int status, String reason) {
    audit.append(
        AuditEvent.of(ACTOR, "slack.refused", "slack", a.endpoint())
            .sourceIp(a.sourceIp())
            .result(AuditEvent.DENIED)
            .detail("status", (long) status)
            .detail("reason", reason)
            .build());
  }
}
