package io.irplaybook.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** A SmallRye Health answer read as: overall status, and each check's name with its status. */
record HealthReport(String status, Map<String, String> checks, JsonNode raw) {

  private static final ObjectMapper JSON = new ObjectMapper();

  static HealthReport parse(String body) {
    try {
      JsonNode root = JSON.readTree(body);
      Map<String, String> checks = new LinkedHashMap<>();
      root.path("checks")
          .forEach(check -> checks.put(check.path("name").asText(), check.path("status").asText()));
      return new HealthReport(root.path("status").asText(), checks, root);
    } catch (IOException e) {
      throw new UncheckedIOException("Expected a health report in JSON, but got: " + body, e);
    }
  }

  /** The data a check attached (for example the gateway address of {@code camunda-gateway}). */
  String data(String check, String key) {
    for (JsonNode node : raw.path("checks")) {
      if (node.path("name").asText().equals(check)) {
        return node.path("data").path(key).asText(null);
      }
    }
    return null;
  }
}
