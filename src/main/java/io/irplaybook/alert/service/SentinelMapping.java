package io.irplaybook.alert.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.irplaybook.platform.FieldError;
import java.util.ArrayList;
import java.util.List;

/**
 * A Microsoft Sentinel incident, as an automation rule's playbook (Logic App, "Microsoft Sentinel
 * incident" trigger) forwards it with an HTTP action: the incident's {@code properties} ({@code
 * title}, {@code severity}, {@code incidentNumber}, {@code incidentUrl}, {@code
 * relatedAnalyticRuleIds}, {@code relatedEntities}) at {@code object.properties} (the trigger's
 * body passed on whole) or at the top level. Hosts are the related entities of kind {@code Host}
 * ({@code properties.hostName}).
 */
final class SentinelMapping implements AlertMapping {

  @Override
  public MappedAlert map(JsonNode body, List<FieldError> errors) {
    JsonNode properties = JsonPaths.at(body, "object.properties");
    if (properties == null) {
      properties = body.has("properties") ? body.get("properties") : body;
    }
    String title = JsonPaths.text(properties, "title");
    if (title == null) {
      errors.add(
          new FieldError(
              "object.properties.title",
              "Expected the Sentinel incident's properties (title, severity, incidentNumber,"
                  + " relatedEntities): pass the trigger's body on unchanged"));
      return null;
    }
    String rule = title;
    JsonNode rules = properties.get("relatedAnalyticRuleIds");
    if (rules != null && rules.isArray() && !rules.isEmpty() && rules.get(0).isTextual()) {
      rule = rules.get(0).asText();
    }
    List<String> hosts = new ArrayList<>();
    JsonNode entities = properties.get("relatedEntities");
    if (entities != null && entities.isArray()) {
      for (JsonNode entity : entities) {
        if ("Host".equalsIgnoreCase(JsonPaths.text(entity, "kind"))) {
          hosts.addAll(JsonPaths.texts(entity, "properties.hostName"));
        }
      }
    }
    String number = JsonPaths.text(properties, "incidentNumber");
    return new MappedAlert(
        rule,
        number == null ? "Sentinel: " + title : "Sentinel #" + number + ": " + title,
        JsonPaths.text(properties, "severity"),
        hosts,
        JsonPaths.text(properties, "incidentUrl"),
        null,
        null);
  }
}
