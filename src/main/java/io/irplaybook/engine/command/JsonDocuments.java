package io.irplaybook.engine.command;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.irplaybook.engine.state.EventCodec;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads the JSON variable documents clients send and writes the ones they receive. */
public final class JsonDocuments {

  private JsonDocuments() {}

  /** The parsed document, or null when it is not a JSON object (an empty string counts as {}). */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> parse(String json) {
    if (json == null || json.isBlank()) {
      return Map.of();
    }
    try {
      JsonNode node = EventCodec.JSON.readTree(json);
      if (node == null || node.isNull()) {
        return Map.of();
      }
      if (!node.isObject()) {
        return null;
      }
      return EventCodec.JSON.convertValue(node, LinkedHashMap.class);
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  public static String notAnObject(String what, String json) {
    String shown = json.length() > 80 ? json.substring(0, 80) + "..." : json;
    return "Expected " + what + " to be a JSON object, but it was '" + shown + "'";
  }

  public static String write(Map<String, Object> variables, Collection<String> only) {
    Map<String, Object> selected = variables;
    if (only != null && !only.isEmpty()) {
      selected = new LinkedHashMap<>();
      for (String name : only) {
        if (variables.containsKey(name)) {
          selected.put(name, variables.get(name));
        }
      }
    }
    try {
      return EventCodec.JSON.writeValueAsString(selected);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
