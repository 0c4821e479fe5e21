package io.irplaybook.alert.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads dotted paths such as {@code result.host} from an alert. At each level the rest of the path
 * is first tried as one key, because Splunk and Elastic also send flattened names ({@code
 * "host.name": ...}).
 */
final class JsonPaths {

  private JsonPaths() {}

  static JsonNode at(JsonNode node, String path) {
    if (node == null || node.isNull() || path == null || path.isEmpty()) {
      return node;
    }
    if (!node.isObject()) {
      return null;
    }
    if (node.has(path)) {
      return node.get(path);
    }
    int dot = path.indexOf('.');
    while (dot > 0) {
      JsonNode child = node.get(path.substring(0, dot));
      if (child != null) {
        JsonNode found = at(child, path.substring(dot + 1));
        if (found != null) {
          return found;
        }
      }
      dot = path.indexOf('.', dot + 1);
    }
    return null;
  }

  /** The text at the path (a number is read as text), or null when absent, null or blank. */
  static String text(JsonNode node, String path) {
    JsonNode value = at(node, path);
    if (value == null || value.isNull() || value.isContainerNode()) {
      return null;
    }
    String text = value.asText().strip();
    return text.isEmpty() ? null : text;
  }

  /**
   * Every text at the path: one value, an array of values, or a list separated by commas or
   * whitespace (how Splunk writes a multivalue field into one result cell).
   */
  static List<String> texts(JsonNode node, String path) {
    List<String> out = new ArrayList<>();
    JsonNode value = at(node, path);
    if (value == null || value.isNull()) {
      return out;
    }
    if (value.isArray()) {
      value.forEach(v -> addSplit(out, v.isValueNode() ? v.asText() : null));
    } else if (value.isValueNode()) {
      addSplit(out, value.asText());
    }
    return out;
  }

  private static void addSplit(List<String> out, String text) {
    if (text == null) {
      return;
    }
    for (String part : text.split("[,\\s]+")) {
      if (!part.isBlank()) {
        out.add(part.strip());
      }
    }
  }
}
