package io.irplaybook.alert.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.irplaybook.platform.FieldError;
import java.util.ArrayList;
import java.util.List;

/**
 * The generic form, for any sender that can shape its JSON: {@code rule} (required), {@code title},
 * {@code severity}, {@code assets} (host names, or objects with {@code name}), {@code link}, and
 * optionally {@code organization} (an organisation key) and {@code scenario}.
 */
final class GenericMapping implements AlertMapping {

  @Override
  public MappedAlert map(JsonNode body, List<FieldError> errors) {
    String rule = JsonPaths.text(body, "rule");
    if (rule == null) {
      errors.add(new FieldError("rule", "Expected the name of the rule or check that fired"));
      return null;
    }
    List<String> hosts = new ArrayList<>();
    JsonNode assets = body.get("assets");
    if (assets != null && assets.isArray()) {
      for (JsonNode asset : assets) {
        String name = asset.isObject() ? JsonPaths.text(asset, "name") : asset.asText(null);
        if (name != null && !name.isBlank()) {
          hosts.add(name.strip());
        }
      }
    } else if (assets != null && !assets.isNull()) {
      errors.add(new FieldError("assets", "Expected a list of host names or {name} objects"));
      return null;
    }
    String title = JsonPaths.text(body, "title");
    return new MappedAlert(
        rule,
        title != null ? title : rule,
        JsonPaths.text(body, "severity"),
        hosts,
        JsonPaths.text(body, "link"),
        JsonPaths.text(body, "scenario"),
        JsonPaths.text(body, "organization"));
  }
}
