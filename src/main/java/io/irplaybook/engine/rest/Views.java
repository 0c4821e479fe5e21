package io.irplaybook.engine.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.irplaybook.engine.state.EventCodec;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.Map;

/** What every result view shares: keys as strings, dates as ISO-8601, the one tenant. */
final class Views {

  /** Camunda's tenant when multi-tenancy is off. */
  static final String DEFAULT_TENANT = "<default>";

  private Views() {}

  static ObjectNode object() {
    return EventCodec.JSON.createObjectNode();
  }

  /** A key written as Camunda writes it: a string (keys exceed 2^53 on larger clusters). */
  static void key(ObjectNode node, String field, long key) {
    if (key > 0) {
      node.put(field, Long.toString(key));
    }
  }

  /** Epoch milliseconds as ISO-8601 in UTC; nothing for 0. */
  static void date(ObjectNode node, String field, long epochMillis) {
    if (epochMillis > 0) {
      node.put(
          field,
          Instant.ofEpochMilli(epochMillis)
              .atOffset(ZoneOffset.UTC)
              .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    }
  }

  static void text(ObjectNode node, String field, String value) {
    if (value != null) {
      node.put(field, value);
    }
  }

  /** A variable value as the JSON text Camunda's API carries it in. */
  static String json(Object value) {
    try {
      return EventCodec.JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Expected a JSON variable value, but " + e.getMessage(), e);
    }
  }

  /**
   * Matches a Camunda variable filter ({@code [{"name": "x", "value": "\"a\""}]}) against a scope's
   * variables; values compare as compact JSON.
   */
  static boolean variablesMatch(Map<String, Object> variables, JsonNode filter) {
    for (JsonNode entry : filter) {
      String name = entry.path("name").asText();
      if (!variables.containsKey(name)) {
        return false;
      }
      JsonNode condition = entry.get("value");
      if (condition != null
          && !FilterMatch.matches(
              new TextNode(json(variables.get(name))), compact(condition), "value")) {
        return false;
      }
    }
    return true;
  }

  private static JsonNode compact(JsonNode condition) {
    if (condition.isTextual()) {
      try {
        return new TextNode(
            EventCodec.JSON.writeValueAsString(EventCodec.JSON.readTree(condition.asText())));
      } catch (JsonProcessingException notJson) {
        return condition;
      }
    }
    if (condition.isObject()) {
      ObjectNode copy = object();
      Iterator<Map.Entry<String, JsonNode>> fields = condition.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        JsonNode operand = field.getValue();
        if (field.getKey().equals("$like")) {
          copy.set(field.getKey(), operand);
        } else if (operand.isArray()) {
          var array = copy.putArray(field.getKey());
          operand.forEach(item -> array.add(compact(item)));
        } else {
          copy.set(field.getKey(), compact(operand));
        }
      }
      return copy;
    }
    return condition;
  }
}
