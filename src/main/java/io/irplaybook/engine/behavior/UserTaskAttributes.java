package io.irplaybook.engine.behavior;

import io.irplaybook.engine.expression.EvaluationResult;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Turns evaluated user-task attributes into what Camunda stores: lists of names, ISO-8601 dates
 * with an offset, a priority from 0 to 100. Each conversion answers null with a failure sentence
 * when the value does not fit, phrased "Expected ..., but ...".
 */
final class UserTaskAttributes {

  private UserTaskAttributes() {}

  /** A value or the sentence saying why there is none. */
  record Converted<T>(T value, String failure) {
    static <T> Converted<T> of(T value) {
      return new Converted<>(value, null);
    }

    static <T> Converted<T> failed(String failure) {
      return new Converted<>(null, failure);
    }
  }

  /** A FEEL list, or a static "a, b" meaning two entries. */
  static Converted<List<String>> names(String attribute, EvaluationResult result) {
    if (result != null && result.isFailure()) {
      return Converted.failed(result.failure());
    }
    if (result == null || result.value() == null) {
      return Converted.of(List.of());
    }
    Object value = result.value();
    if (value instanceof Collection<?> collection) {
      if (collection.stream().allMatch(String.class::isInstance)) {
        return Converted.of(collection.stream().map(String::valueOf).toList());
      }
      return Converted.failed(
          "Expected " + attribute + " to be a list of STRING, but it was '" + value + "'");
    }
    if (value instanceof String text) {
      return Converted.of(
          Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList());
    }
    return Converted.failed(
        "Expected "
            + attribute
            + " to be a list of STRING or a STRING, but it was '"
            + value
            + "'");
  }

  /** A date and time with offset; FEEL's {@code 2025-01-09T09:00Z[Etc/UTC]} loses its zone id. */
  static Converted<String> dateTime(String attribute, EvaluationResult result) {
    if (result != null && result.isFailure()) {
      return Converted.failed(result.failure());
    }
    if (result == null || result.value() == null || "".equals(result.value())) {
      return Converted.of(null);
    }
    String text = String.valueOf(result.value());
    try {
      return Converted.of(
          OffsetDateTime.parse(text).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    } catch (DateTimeParseException notOffset) {
      try {
        return Converted.of(
            ZonedDateTime.parse(text).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
      } catch (DateTimeParseException notZoned) {
        return Converted.failed(
            "Expected "
                + attribute
                + " to be a date and time (ISO-8601 with offset, e.g. 2025-01-31T17:45:30Z), but it"
                + " was '"
                + text
                + "'");
      }
    }
  }

  /** A whole number from 0 to 100; the default when the model sets none. */
  static Converted<Integer> priority(EvaluationResult result, int defaultPriority) {
    if (result != null && result.isFailure()) {
      return Converted.failed(result.failure());
    }
    if (result == null || result.value() == null) {
      return Converted.of(defaultPriority);
    }
    Object value = result.value();
    Integer priority = null;
    if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())) {
      priority = number.intValue();
    } else if (value instanceof String text && text.trim().matches("\\d{1,3}")) {
      priority = Integer.parseInt(text.trim());
    }
    if (priority == null || priority < 0 || priority > 100) {
      return Converted.failed(
          "Expected priority to be a NUMBER between 0 and 100, but it was '" + value + "'");
    }
    return Converted.of(priority);
  }

  /** A STRING or nothing. */
  static Converted<String> text(String attribute, EvaluationResult result) {
    if (result != null && result.isFailure()) {
      return Converted.failed(result.failure());
    }
    if (result == null || result.value() == null) {
      return Converted.of(null);
    }
    if (result.value() instanceof String text) {
      return Converted.of(text.isBlank() ? null : text);
    }
    return Converted.failed(
        "Expected " + attribute + " to be a STRING, but it was '" + result.value() + "'");
  }
}
