package io.irplaybook.paging.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.irplaybook.audit.AuditEvent;
import io.irplaybook.audit.AuditTrail;
import io.irplaybook.incident.Incidents;
import io.irplaybook.paging.IncidentPage;
import io.irplaybook.paging.Page;
import io.irplaybook.paging.config.PagingConfig;
import io.irplaybook.platform.MinuteRateLimiter;
import io.irplaybook.platform.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.jboss.logging.Logger;

/**
 * PagerDuty V3 webhooks: an on-call acknowledging or resolving one of our pages in PagerDuty is
 * recorded on our incident's timeline ({@code page.acknowledged}, {@code
 * page.resolved-in-pagerduty}), acting as the PagerDuty user who did it. The page is found by the
 * {@code incident_key} PagerDuty reports, which is the {@code dedup_key} we sent.
 */
@ApplicationScoped
public class PagerDutyWebhooks {

  private static final Logger LOG = Logger.getLogger(PagerDutyWebhooks.class);

  /** PagerDuty's event types we record, and the action each becomes on the timeline. */
  static final Map<String, String> RECORDED =
      Map.of(
          "incident.acknowledged", "page.acknowledged",
          "incident.resolved", "page.resolved-in-pagerduty");

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

  /** What was done with a delivery: the timeline action recorded and its incident, if any. */
  public record Outcome(String recorded, String incidentId) {}

  private final PagingConfig config;
  private final Incidents incidents;
  private final MinuteRateLimiter limiter;
  private final AuditTrail audit;
  private final ObjectMapper json;

  PagerDutyWebhooks(
      PagingConfig config,
      Incidents incidents,
      MinuteRateLimiter limiter,
      AuditTrail audit,
      ObjectMapper json) {
    this.config = config;
    this.incidents = incidents;
    this.limiter = limiter;
    this.audit = audit;
    this.json = json;
  }

  public Outcome receive(String signature, byte[] body, String sourceIp) {
    List<String> secrets =
        config.webhookSecrets().orElse(List.of()).stream().filter(s -> !s.isBlank()).toList();
    if (secrets.isEmpty()) {
      throw new Refused(
          404,
          "Not Found",
          "PagerDuty webhooks are not configured here; set irp.paging.webhook-secrets.",
          0);
    }
    OptionalLong wait = limiter.acquire("pagerduty", config.webhookRateLimit());
    if (wait.isPresent()) {
      long seconds = Math.abs(wait.getAsLong());
      if (wait.getAsLong() > 0) {
        refused(sourceIp, 429, "rate limit of " + config.webhookRateLimit() + " per minute");
      }
      throw new Refused(
          429,
          "Too Many Requests",
          "PagerDuty sent more webhooks this minute than irp.paging.webhook-rate-limit allows;"
              + " retry after "
              + seconds
              + " s.",
          seconds);
    }
    if (!PagerDutySignature.matches(secrets, signature, body)) {
      String reason =
          signature == null
              ? "Expected the header X-PagerDuty-Signature, but it was missing."
              : "Expected X-PagerDuty-Signature to hold v1=<HMAC-SHA256 of the body> with the"
                  + " subscription's secret, but none matched; check irp.paging.webhook-secrets.";
      refused(sourceIp, 401, reason);
      throw new Refused(401, "Invalid PagerDuty signature", reason, 0);
    }
    JsonNode event = parse(body).path("event");
    String action = RECORDED.get(event.path("event_type").asText());
    if (action == null) {
      return new Outcome(null, null); // other event types are accepted and ignored
    }
    String key = event.path("data").path("incident_key").asText("");
    Optional<String> incident = incidentOf(key);
    if (incident.isEmpty()) {
      LOG.infof("PagerDuty %s for a key that is none of our pages; ignored", action);
      return new Outcome(null, null);
    }
    JsonNode agent = event.path("agent");
    String who = agent.path("summary").asText(agent.path("email").asText("unknown"));
    audit.append(
        AuditEvent.of("pagerduty:" + who, action, "page", key)
            .sourceIp(sourceIp)
            .incident(incident.get())
            .detail("dedupKey", key)
            .detail("pagerDutyIncident", event.path("data").path("id").asText(""))
            .detail("eventId", event.path("id").asText(""))
            .build());
    LOG.infof("Incident %s: %s by %s in PagerDuty", incident.get(), action, who);
    return new Outcome(action, incident.get());
  }

  /** Our incident for a dedup key we sent: a step's page, an incident's page, or a notice's. */
  private Optional<String> incidentOf(String key) {
    if (key.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> paged = QuarkusTransaction.requiringNew().call(() -> pagedIncident(key));
    // Notices to a PagerDuty channel are keyed by the incident id itself. Looked up outside the
    // transaction above: an unknown id is a 404 problem that would mark it for rollback.
    return paged.isPresent() ? paged : incidents.find(key).map(i -> i.id());
  }

  private static Optional<String> pagedIncident(String key) {
    IncidentPage incidentPage = IncidentPage.findById(key);
    if (incidentPage != null) {
      return Optional.of(incidentPage.incidentId);
    }
    return Page.<Page>find("dedupKey", key).firstResultOptional().map(p -> p.incidentId);
  }

  private JsonNode parse(byte[] body) {
    try {
      JsonNode node = json.readTree(body);
      if (node != null && node.isObject()) {
        return node;
      }
    } catch (Exception e) {
      // answered below
    }
    throw new ProblemException(
        400, "Bad Request", "Expected a PagerDuty V3 webhook: a JSON object with an event.");
  }

  private void refused(String sourceIp, int status, String reason) {
    audit.append(
        AuditEvent.of(AuditEvent.system("paging"), "pagerduty.refused", "pagerduty", "webhooks")
            .sourceIp(sourceIp)
            .result(AuditEvent.DENIED)
            .detail("status", (long) status)
            .detail("reason", reason)
            .build());
  }
}
