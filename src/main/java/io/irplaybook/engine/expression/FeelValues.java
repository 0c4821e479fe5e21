package io.irplaybook.engine.expression;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns FEEL results into the JSON-compatible values variables are stored as, the way Zeebe stores
 * them: whole numbers as integers, dates, times and durations as ISO-8601 strings.
 */
public final class FeelValues {

  private FeelValues() {}

  public static Object toJson(Object value) {
    if (value == null || value instanceof String || value instanceof Boolean) {
      return value;
    }
    if (value instanceof BigDecimal decimal) {
      return number(decimal);
    }
    if (value instanceof BigInteger integer) {
      return number(new BigDecimal(integer));
    }
    if (value instanceof Integer
        || value instanceof Long
        || value instanceof Short
        || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    if (value instanceof Number number) {
      return number(BigDecimal.valueOf(number.doubleValue()));
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      map.forEach((k, v) -> copy.put(String.valueOf(k), toJson(v)));
      return copy;
    }
    if (value instanceof Collection<?> collection) {
      List<Object> copy = new ArrayList<>(collection.size());
      collection.forEach(v -> copy.add(toJson(v)));
      return copy;
    }
    if (value instanceof TemporalAccessor || value instanceof TemporalAmount) {
      return value.toString();
    }
    if (value instanceof Character) {
      return value.toString();
    }
    return value.toString();
  }

  private static Object number(BigDecimal decimal) {
    BigDecimal stripped = decimal.stripTrailingZeros();
    if (stripped.scale() <= 0) {
      try {
        return stripped.longValueExact();
      } catch (ArithmeticException tooLarge) {
        // falls through to a double, as JSON readers would
      }
    }
    return decimal.doubleValue();
  }
}
