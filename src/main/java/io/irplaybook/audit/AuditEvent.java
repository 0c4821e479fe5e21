package io.irplaybook.audit;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One thing that happened, as the feature that saw it reports it. The audit trail adds the sequence
 * number, the time and the hash chain.
 *
 * @param actor a user name, an API token's name, or {@code system:<component>} for the service
 *     itself
 * @param sourceIp the client address of the HTTP request that caused it, or null
 * @param action what happened, dotted and past tense, e.g. {@code incident.declared}, {@code
 *     task.claimed}
 * @param objectType the kind of object acted on, e.g. {@code incident}, {@code task}, {@code
 *     notification}
 * @param objectId that object's id
 * @param result {@code success}, {@code failure} or {@code denied}
 * @param incidentId the incident it belongs to, or null
 * @param processInstanceKey the process instance it belongs to, or null
 * @param jobKey the job it concerns, or null
 * @param details further facts as JSON-friendly values; never secrets
 */
public record AuditEvent(
    String actor,
    String sourceIp,
    String action,
    String objectType,
    String objectId,
    String result,
    String incidentId,
    @JsonFormat(shape = JsonFormat.Shape.STRING)
        @Schema(type = SchemaType.STRING, example = "2251799813685249")
        Long processInstanceKey,
    @JsonFormat(shape = JsonFormat.Shape.STRING)
        @Schema(type = SchemaType.STRING, example = "2251799813685260")
        Long jobKey,
    Map<String, Object> details) {

  public static final String SUCCESS = "success";
  public static final String FAILURE = "failure";
  public static final String DENIED = "denied";

  public AuditEvent {
    details = details == null ? Map.of() : Map.copyOf(new LinkedHashMap<>(details));
  }

  /**
   * Starts an event for {@code action} on the given object, by the given actor, with result
   * success.
   */
  public static Builder of(String actor, String action, String objectType, String objectId) {
    return new Builder(actor, action, objectType, objectId);
  }

  /** The actor name for something the service did on its own, e.g. {@code system:notify}. */
  public static String system(String component) {
    return "system:" + component;
  }

  /** Fluent construction, because most events leave most fields empty. */
  public static final class Builder {
    private final String actor;
    private final String action;
    private final String objectType;
    private final String objectId;
    private String sourceIp;
    private String result = SUCCESS;
    private String incidentId;
    private Long processInstanceKey;
    private Long jobKey;
    private final Map<String, Object> details = new LinkedHashMap<>();

    private Builder(String actor, String action, String objectType, String objectId) {
      this.actor = actor;
      this.action = action;
      this.objectType = objectType;
      this.objectId = objectId;
    }

    public Builder sourceIp(String value) {
      sourceIp = value;
      return this;
    }

    public Builder result(String value) {
      result = value;
      return this;
    }

    public Builder incident(String value) {
      incidentId = value;
      return this;
    }

    public Builder processInstance(Long value) {
      processInstanceKey = value;
      return this;
    }

    public Builder job(Long value) {
      jobKey = value;
      return this;
    }

    public Builder detail(String key, Object value) {
      details.put(key, value);
      return this;
    }

    public AuditEvent build() {
      return new AuditEvent(
          actor,
          sourceIp,
          action,
          objectType,
          objectId,
          result,
          incidentId,
          processInstanceKey,
          jobKey,
          details);
    }
  }
}
