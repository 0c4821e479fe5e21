package io.irplaybook.alert.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.irplaybook.platform.FieldError;
import java.util.ArrayList;
import java.util.List;

/**
 * An Elastic Security rule action through the Webhook connector. Kibana sends whatever body the
 * action templates, so docs/integrations.md gives the body to configure: {@code rule} ({@code id},
 * {@code name}, {@code severity}), {@code link} and {@code alerts}, each with {@code host.name}.
 */
final class ElasticMapping implements AlertMapping {

  @Override
  public MappedAlert map(JsonNode body, List<FieldError> errors) {
    String id = JsonPaths.text(body, "rule.id");
    String name = JsonPaths.text(body, "rule.name");
    if (id == null && name == null) {
      errors.add(
          new FieldError(
              "rule", "Expected rule.id or rule.name ({{rule.id}}, {{rule.name}} in the action)"));
      return null;
    }
    List<String> hosts = new ArrayList<>();
    JsonNode alerts = body.get("alerts");
    if (alerts != null && alerts.isArray()) {
      alerts.forEach(alert -> hosts.addAll(JsonPaths.texts(alert, "host.name")));
    }
    hosts.addAll(JsonPaths.texts(body, "host.name"));
    String link = JsonPaths.text(body, "link");
    return new MappedAlert(
        id != null ? id : name,
        name != null ? name : "Elastic rule " + id,
        JsonPaths.text(body, "rule.severity"),
        hosts,
        link != null ? link : JsonPaths.text(body, "rule.url"),
        null,
        null);
  }
}
