package io.irplaybook.incident.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.irplaybook.platform.FieldError;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Reads typed fields from a JSON object and collects one {@link FieldError} per bad field. */
final class Fields {

  final List<FieldError> errors;
  private final String prefix;

  Fields() {
    this(new ArrayList<>(), "");
  }

  private Fields(List<FieldError> errors, String prefix) {
    this.errors = errors;
    this.prefix = prefix;
  }

  /** Fields of a nested object, reporting into the same list with a path prefix. */
  Fields nested(String path) {
    return new Fields(errors, prefix + path);
  }

  void error(String field, String message) {
    errors.add(new FieldError(prefix + field, message));
  }

  String text(JsonNode parent, String name, int maxLength, boolean required) {
    JsonNode node = parent.get(name);
    if (node == null || node.isNull()) {
      if (required) {
        error(name, "Expected a non-empty text of at most " + maxLength + " characters");
      }
      return null;
    }
    if (!node.isTextual() || node.asText().isBlank() || node.asText().length() > maxLength) {
      error(name, "Expected a non-empty text of at most " + maxLength + " characters");
      return null;
    }
    return node.asText().strip();
  }

  String oneOf(JsonNode parent, String name, Set<String> allowed, boolean required) {
    JsonNode node = parent.get(name);
    String expected = "Expected one of " + new TreeSet<>(allowed);
    if (node == null || node.isNull()) {
      if (required) {
        error(name, expected);
      }
      return null;
    }
    if (!node.isTextual() || !allowed.contains(node.asText())) {
      error(name, expected + ", but got " + node);
      return null;
    }
    return node.asText();
  }

  /** An optional IANA time zone id such as {@code Asia/Tokyo}; offsets alone are refused. */
  String timeZone(JsonNode parent, String name) {
    String text = text(parent, name, 64, false);
    if (text == null) {
      return null;
    }
    try {
      if (ZoneId.of(text) instanceof ZoneOffset) {
        throw new DateTimeException("an offset, not a region");
      }
      return text;
    } catch (DateTimeException e) {
      error(name, "Expected an IANA time zone such as Asia/Tokyo or UTC, but got '" + text + "'");
      return null;
    }
  }

  /** An optional Japanese corporate number (法人番号): 13 digits. */
  String corporateNumber(JsonNode parent, String name) {
    String text = text(parent, name, 13, false);
    if (text != null && !text.matches("[0-9]{13}")) {
      error(name, "Expected the 13-digit corporate number (法人番号), but got '" + text + "'");
      return null;
    }
    return text;
  }

  Integer positiveInt(JsonNode parent, String name) {
    JsonNode node = parent.get(name);
    if (node == null || !node.isIntegralNumber() || !node.canConvertToInt() || node.asInt() < 1) {
      error(
          name, "Expected a positive integer (the number of employees, e.g. 120), but got " + node);
      return null;
    }
    return node.asInt();
  }

  /** An optional ISO-8601 date-time with an offset, e.g. {@code 2026-04-01T09:30:00+09:00}. */
  Instant instant(JsonNode parent, String name) {
    JsonNode node = parent.get(name);
    if (node == null || node.isNull()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(node.asText()).toInstant();
    } catch (DateTimeParseException e) {
      error(
          name,
          "Expected an ISO-8601 date and time with an offset, e.g. 2026-04-01T09:30:00+09:00, but got "
              + node);
      return null;
    }
  }

  /** An optional ISO-8601 date, e.g. {@code 2026-01-15}. */
  LocalDate date(JsonNode parent, String name) {
    JsonNode node = parent.get(name);
    if (node == null || node.isNull()) {
      return null;
    }
    try {
      return LocalDate.parse(node.asText());
    } catch (DateTimeParseException e) {
      error(name, "Expected an ISO-8601 date, e.g. 2026-01-15, but got " + node);
      return null;
    }
  }

  Boolean bool(JsonNode parent, String name) {
    JsonNode node = parent.get(name);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isBoolean()) {
      error(name, "Expected true or false, but got " + node);
      return null;
    }
    return node.asBoolean();
  }

  List<String> stringList(JsonNode parent, String name, int maxItems) {
    JsonNode node = parent.get(name);
    List<String> values = new ArrayList<>();
    if (node == null || node.isNull()) {
      return values;
    }
    String expected =
        "Expected a list of at most " + maxItems + " non-empty texts, e.g. [\"JP\", \"EU\"]";
    if (!node.isArray() || node.size() > maxItems) {
      error(name, expected);
      return values;
    }
    for (JsonNode item : node) {
      if (!item.isTextual() || item.asText().isBlank() || item.asText().length() > 20) {
        error(name, expected);
        return values;
      }
      values.add(item.asText().strip());
    }
    return values;
  }
}
