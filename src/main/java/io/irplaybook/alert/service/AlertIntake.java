package io.irplaybook.alert.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.irplaybook.alert.AlertReceipt;
import io.irplaybook.alert.config.AlertConfig;
import io.irplaybook.alert.service.AlertAudit.Delivery;
import io.irplaybook.platform.FieldError;
import io.irplaybook.platform.MinuteRateLimiter;
import io.irplaybook.platform.Problem;
import io.irplaybook.platform.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.jboss.logging.Logger;

/**
 * Receives one alert: known source, rate limit, Standard Webhooks signature, payload mapping, then
 * the webhook-id is claimed (a replay is refused) and the alert declares or repeats. Every refusal
 * is audited and answered as a problem saying what to fix.
 */
@ApplicationScoped
public class AlertIntake {

  private static final Logger LOG = Logger.getLogger(AlertIntake.class);

  /** The answer: the incident the alert declared (created) or was attached to. */
  public record Accepted(String incidentId, boolean created, String fingerprint) {}

  /** Too many requests: the problem plus how long to wait. */
  public static final class RateLimited extends ProblemException {
    private final long retryAfterSeconds;

    RateLimited(String source, long retryAfterSeconds) {
      super(
          429,
          "Too Many Requests",
          "Source '"
              + source
              + "' sent more alerts this minute than its rate-limit allows; retry after "
              + retryAfterSeconds
              + " s, or raise irp.alerts.sources."
              + source
              + ".rate-limit.");
      this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
      return retryAfterSeconds;
    }
  }

  private final AlertConfig config;
  private final AlertDeclarations declarations;
  private final AlertDeduplication dedup;
  private final MinuteRateLimiter limiter;
  private final AlertAudit audit;
  private final ObjectMapper json;
  private final Clock clock;

  AlertIntake(
      AlertConfig config,
      AlertDeclarations declarations,
      AlertDeduplication dedup,
      MinuteRateLimiter limiter,
      AlertAudit audit,
      ObjectMapper json,
      Clock clock) {
    this.config = config;
    this.declarations = declarations;
    this.dedup = dedup;
    this.limiter = limiter;
    this.audit = audit;
    this.json = json;
    this.clock = clock;
  }

  /** The signed request as it arrived. */
  public record Request(
      String id, String timestamp, String signature, byte[] body, String actor, String sourceIp) {}

  public Accepted receive(String sourceName, Request r) {
    Delivery delivery = new Delivery(r.actor(), r.sourceIp(), sourceName, r.id());
    AlertConfig.Source source = config.sources().get(sourceName);
    if (source == null) {
      throw refuse(
          delivery,
          404,
          "Unknown alert source",
          "No alert source '"
              + sourceName
              + "' is configured; configure irp.alerts.sources."
              + sourceName
              + ".format and .secret (known: "
              + config.sources().keySet()
              + ").");
    }
    OptionalLong wait = limiter.acquire("alert:" + sourceName, source.rateLimit());
    if (wait.isPresent()) {
      long seconds = Math.abs(wait.getAsLong());
      if (wait.getAsLong() > 0) {
        audit.refused(delivery, 429, "rate limit of " + source.rateLimit() + " per minute");
      }
      throw new RateLimited(sourceName, seconds);
    }
    Optional<String> forged =
        StandardWebhookSignature.refusal(
            source.secret(),
            r.id(),
            r.timestamp(),
            r.signature(),
            r.body(),
            clock.instant(),
            config.timestampTolerance());
    if (forged.isPresent()) {
      throw refuse(delivery, 400, "Invalid webhook signature", forged.get());
    }
    JsonNode payload = parse(delivery, r.body());
    AlertDeclarations.Result mapped =
        declarations.map(sourceName, source, config.organizations(), payload);
    if (mapped.mapped() == null) {
      throw refuse(
          delivery,
          Problem.UNPROCESSABLE,
          "Alert cannot be mapped",
          "The alert does not map to a declaration with source '"
              + sourceName
              + "' ("
              + source.format().name().toLowerCase()
              + "); see errors.",
          mapped.errors());
    }
    claim(delivery);
    try {
      Accepted accepted = dedup.declareOrRepeat(delivery, mapped.mapped());
      LOG.infof(
          "Alert %s/%s %s incident %s",
          sourceName,
          r.id(),
          accepted.created() ? "declared" : "repeated on",
          accepted.incidentId());
      return accepted;
    } catch (RuntimeException e) {
      // The sender may deliver the same id again once the cause is fixed.
      release(delivery);
      if (e instanceof ProblemException p) {
        audit.refused(delivery, p.status(), p.detail());
      }
      throw e;
    }
  }

  private JsonNode parse(Delivery delivery, byte[] body) {
    try {
      JsonNode node = json.readTree(body);
      if (node != null && node.isObject()) {
        return node;
      }
    } catch (IOException e) {
      // answered below
    }
    throw refuse(delivery, 400, "Invalid alert", "Expected a JSON object as the request body.");
  }

  private void claim(Delivery d) {
    var key = new AlertReceipt.Key(d.source(), d.webhookId());
    boolean fresh;
    try {
      fresh =
          QuarkusTransaction.requiringNew()
              .call(
                  () -> {
                    if (AlertReceipt.findById(key) != null) {
                      return false;
                    }
                    AlertReceipt receipt = new AlertReceipt();
                    receipt.key = key;
                    receipt.receivedAt = clock.instant();
                    receipt.persist();
                    return true;
                  });
    } catch (RuntimeException e) {
      // The same id at the same moment: the loser hits the primary key.
      if (QuarkusTransaction.requiringNew().call(() -> AlertReceipt.findById(key) == null)) {
        throw e;
      }
      fresh = false;
    }
    if (!fresh) {
      throw refuse(
          d,
          409,
          "Replayed webhook",
          "webhook-id '"
              + d.webhookId()
              + "' was received before; send each new alert with a new webhook-id.");
    }
  }

  private void release(Delivery d) {
    QuarkusTransaction.requiringNew()
        .run(() -> AlertReceipt.deleteById(new AlertReceipt.Key(d.source(), d.webhookId())));
  }

  private ProblemException refuse(Delivery d, int status, String title, String detail) {
    return refuse(d, status, title, detail, List.of());
  }

  private ProblemException refuse(
      Delivery d, int status, String title, String detail, List<FieldError> errors) {
    audit.refused(d, status, detail);
    return new ProblemException(status, title, detail, errors);
  }
}
