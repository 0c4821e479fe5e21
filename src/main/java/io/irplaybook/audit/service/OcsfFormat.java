package io.irplaybook.audit.service;

import io.irplaybook.audit.service.CanonicalJson.RawJson;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * OCSF 1.3.0 events, one per line: class API Activity (uid 6003, category Application Activity 6).
 * The trail records actions by actors on objects through the service's API, which is what that
 * class describes (create / read / update / delete / other). The original chained record travels in
 * {@code unmapped.record}, so the offline verifier checks an OCSF export as it checks JSONL. The
 * manifest is the last line, as in JSONL.
 */
public final class OcsfFormat implements ExportFormat {

  static final String OCSF_VERSION = "1.3.0";

  private final StringBuilder line = new StringBuilder(2048);

  @Override
  public String name() {
    return "ocsf";
  }

  @Override
  public String mediaType() {
    return "application/jsonl";
  }

  @Override
  public String fileExtension() {
    return "ocsf.jsonl";
  }

  @Override
  public void record(ChainedRecord r, Writer out) throws IOException {
    int activity = activityId(r.action());
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("class_uid", 6003L);
    event.put("class_name", "API Activity");
    event.put("category_uid", 6L);
    event.put("category_name", "Application Activity");
    event.put("activity_id", (long) activity);
    event.put("activity_name", activityName(activity));
    event.put("type_uid", 600300L + activity);
    event.put("severity_id", 1L);
    event.put("time", r.time().toEpochMilli());
    event.put("status_id", statusId(r.result()));
    event.put("status", r.result());
    event.put(
        "actor",
        Map.of(
            "user",
            Map.of("name", r.actor(), "type_id", r.actor().startsWith("system:") ? 3L : 1L)));
    event.put("api", Map.of("operation", r.action()));
    Map<String, Object> source = new LinkedHashMap<>();
    if (r.sourceIp() != null) {
      source.put("ip", r.sourceIp());
    }
    event.put("src_endpoint", source);
    event.put("cloud", Map.of("provider", "self-hosted"));
    Map<String, Object> resource = new LinkedHashMap<>();
    resource.put("type", r.objectType());
    resource.put("uid", r.objectId());
    event.put("resources", List.of(resource));
    event.put(
        "metadata",
        Map.of(
            "version",
            OCSF_VERSION,
            "uid",
            Long.toString(r.seq()),
            "log_name",
            "audit",
            "product",
            Map.of("name", "ir-playbook-runner", "vendor_name", "ir-playbook-runner")));
    Map<String, Object> unmapped = new LinkedHashMap<>();
    unmapped.put("incident_id", r.incidentId());
    // Strings, as Camunda writes keys: they exceed 2^53, beyond what a JSON number holds exactly.
    unmapped.put("process_instance_key", keyText(r.processInstanceKey()));
    unmapped.put("job_key", keyText(r.jobKey()));
    unmapped.put("record", new RawJson(r.canonical(true)));
    event.put("unmapped", unmapped);
    line.setLength(0);
    CanonicalJson.write(event, line);
    line.append('\n');
    out.append(line);
  }

  @Override
  public void manifest(String manifestLine, Writer out) throws IOException {
    out.write(manifestLine);
    out.write('\n');
  }

  /** By the past-tense verb that ends the action ({@code task.claimed} -> update). */
  static int activityId(String action) {
    String verb = action.substring(action.lastIndexOf('.') + 1);
    return switch (verb) {
      case "declared", "created", "rendered", "started", "attempted", "added", "commented" -> 1;
      case "exported", "read", "viewed", "verified" -> 2;
      case "claimed",
          "reassigned",
          "completed",
          "edited",
          "approved",
          "sent",
          "delivered",
          "decided",
          "tier-decided",
          "dead-lettered",
          "changed",
          "closed",
          "updated" ->
          3;
      case "deleted", "cancelled", "revoked" -> 4;
      default -> 99;
    };
  }

  private static String activityName(int id) {
    return switch (id) {
      case 1 -> "Create";
      case 2 -> "Read";
      case 3 -> "Update";
      case 4 -> "Delete";
      default -> "Other";
    };
  }

  private static long statusId(String result) {
    return switch (result) {
      case "success" -> 1L;
      case "failure", "denied" -> 2L;
      default -> 99L;
    };
  }

  private static String keyText(Long key) {
    return key == null ? null : key.toString();
  }
}
