package io.irplaybook.notify;

import java.util.Objects;

/**
 * A page for a PagerDuty channel ({@link Notifications#page}).
 *
 * @param action {@link #TRIGGER}, {@link #ACKNOWLEDGE} or {@link #RESOLVE}
 * @param dedupKey PagerDuty's {@code dedup_key}: one key per thing paged, so its trigger and
 *     resolve meet on one PagerDuty incident
 * @param summary what the on-call reads (a trigger's {@code payload.summary})
 * @param incidentId the incident it belongs to, or null
 */
public record PageEvent(String action, String dedupKey, String summary, String incidentId) {

  public static final String TRIGGER = "trigger";
  public static final String ACKNOWLEDGE = "acknowledge";
  public static final String RESOLVE = "resolve";

  public PageEvent {
    Objects.requireNonNull(dedupKey, "dedupKey");
    if (!TRIGGER.equals(action) && !ACKNOWLEDGE.equals(action) && !RESOLVE.equals(action)) {
      throw new IllegalArgumentException(
          "Expected trigger, acknowledge or resolve, but got '" + action + "'");
    }
    summary = summary == null || summary.isBlank() ? "Incident " + incidentId : summary;
  }
}
