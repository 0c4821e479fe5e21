package io.irplaybook.engine.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One filter property matched against one value, as Camunda's search filters work: a plain value
 * means equal; an object holds operators ({@code $eq}, {@code $neq}, {@code $exists}, {@code $in},
 * {@code $notIn}, {@code $like} with {@code *} and {@code ?}, {@code $gt}, {@code $gte}, {@code
 * $lt}, {@code $lte}). A list value (candidate groups) matches when one of its entries does.
 */
final class FilterMatch {

  private FilterMatch() {}

  static boolean matches(JsonNode actual, JsonNode condition, String field) {
    if (actual != null && actual.isArray()) {
      for (JsonNode entry : actual) {
        if (matches(entry, condition, field)) {
          return true;
        }
      }
      return condition.isObject()
          && condition.has("$exists")
          && !condition.get("$exists").asBoolean()
          && actual.isEmpty();
    }
    boolean present = actual != null && !actual.isNull() && !actual.isMissingNode();
    if (!condition.isObject()) {
      return present && sameValue(actual, condition);
    }
    Iterator<Map.Entry<String, JsonNode>> operators = condition.fields();
    while (operators.hasNext()) {
      Map.Entry<String, JsonNode> operator = operators.next();
      JsonNode operand = operator.getValue();
      if (operand == null || operand.isNull() || operand.isArray() && operand.isEmpty()) {
        continue; // the Java client writes unused operators as null or []
      }
      boolean ok =
          switch (operator.getKey()) {
            case "$eq" -> present && sameValue(actual, operand);
            case "$neq" -> !present || !sameValue(actual, operand);
            case "$exists" -> present == operand.asBoolean();
            case "$in" -> present && anyOf(actual, operand);
            case "$notIn" -> !present || !anyOf(actual, operand);
            case "$like" -> present && like(operand.asText()).matcher(actual.asText()).matches();
            case "$gt" -> present && compare(actual, operand) > 0;
            case "$gte" -> present && compare(actual, operand) >= 0;
            case "$lt" -> present && compare(actual, operand) < 0;
            case "$lte" -> present && compare(actual, operand) <= 0;
            default ->
                throw RestProblem.badRequest(
                    "Expected a filter operator ($eq, $neq, $exists, $in, $notIn, $like, $gt,"
                        + " $gte, $lt, $lte) on '"
                        + field
                        + "', but found '"
                        + operator.getKey()
                        + "'");
          };
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static boolean anyOf(JsonNode actual, JsonNode operand) {
    for (JsonNode candidate : operand) {
      if (sameValue(actual, candidate)) {
        return true;
      }
    }
    return false;
  }

  /** Keys, numbers and names compare by their text, so "42" and 42 are the same key. */
  static boolean sameValue(JsonNode actual, JsonNode expected) {
    if (isDate(actual) && isDate(expected)) {
      return compare(actual, expected) == 0;
    }
    return actual.asText().equals(expected.asText());
  }

  /** Orders numbers and numeric keys by value, dates by instant, anything else by text. */
  static int compare(JsonNode a, JsonNode b) {
    BigDecimal x = number(a);
    BigDecimal y = number(b);
    if (x != null && y != null) {
      return x.compareTo(y);
    }
    if (isDate(a) && isDate(b)) {
      return OffsetDateTime.parse(a.asText())
          .toInstant()
          .compareTo(OffsetDateTime.parse(b.asText()).toInstant());
    }
    return a.asText().compareTo(b.asText());
  }

  private static BigDecimal number(JsonNode node) {
    if (node.isNumber()) {
      return node.decimalValue();
    }
    String text = node.asText();
    return node.isTextual() && text.matches("-?\\d{1,30}") ? new BigDecimal(text) : null;
  }

  private static boolean isDate(JsonNode node) {
    if (!node.isTextual() || node.asText().length() < 20 || node.asText().charAt(10) != 'T') {
      return false;
    }
    try {
      OffsetDateTime.parse(node.asText());
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static Pattern like(String pattern) {
    StringBuilder regex = new StringBuilder();
    for (char c : pattern.toCharArray()) {
      switch (c) {
        case '*' -> regex.append(".*");
        case '?' -> regex.append('.');
        default -> regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(regex.toString(), Pattern.DOTALL);
  }
}
