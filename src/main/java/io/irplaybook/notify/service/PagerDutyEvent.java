package io.irplaybook.notify.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/**
 * Builds a PagerDuty Events API v2 event with Jackson: {@code routing_key}, {@code event_action}
 * ({@code trigger}, {@code acknowledge}, {@code resolve}) and {@code dedup_key}; a trigger adds
 * {@code payload} ({@code summary} of at most 1024 characters, {@code source}, {@code severity})
 * and a link to the incident.
 */
public final class PagerDutyEvent {

  /** PagerDuty's own default endpoint, used when a channel names no URL. */
  public static final String DEFAULT_URL = "https://events.pagerduty.com/v2/enqueue";

  static final int MAX_SUMMARY = 1024;
  private static final ObjectMapper JSON = new ObjectMapper();

  private PagerDutyEvent() {}

  public static ObjectNode build(
      String routingKey,
      String action,
      String dedupKey,
      String summary,
      String severity,
      String incidentId,
      String link) {
    ObjectNode event = JSON.createObjectNode();
    event.put("routing_key", routingKey);
    event.put("event_action", action.toLowerCase(Locale.ROOT));
    event.put("dedup_key", dedupKey);
    if (!"trigger".equalsIgnoreCase(action)) {
      return event;
    }
    ObjectNode payload = event.putObject("payload");
    String s = summary == null || summary.isBlank() ? "Incident " + incidentId : summary.strip();
    payload.put("summary", s.length() <= MAX_SUMMARY ? s : s.substring(0, MAX_SUMMARY - 1) + "…");
    payload.put("source", "ir-playbook-runner");
    payload.put("severity", severity == null ? "critical" : severity);
    payload.put("component", "incident-response");
    if (incidentId != null) {
      payload.putObject("custom_details").put("incidentId", incidentId);
    }
    if (link != null) {
      event
          .putArray("links")
          .addObject()
          .put("href", link)
          .put("text", "Open in ir-playbook-runner");
    }
    return event;
  }
}
