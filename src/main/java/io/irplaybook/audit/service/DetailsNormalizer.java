package io.irplaybook.audit.service;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns the free-form details a feature reports into the JSON types the chain hashes, and keeps
 * secrets out: values under secret-looking keys and every known secret value (see {@link
 * SecretValues}) become {@value #REDACTED}.
 *
 * <p>Numbers: integers within ±(2^53 - 1) stay integers; larger ones and any other number (a
 * double, a BigDecimal with a fraction) become their decimal string, so every number in a record
 * means the same to an RFC 8785 verifier (which reads numbers as doubles) and the hash never
 * depends on float formatting. Engine keys become strings whatever their size ({@link EngineKeys}).
 * Dates, enums, UUIDs and other objects become their {@code toString()}.
 */
public final class DetailsNormalizer {

  public static final String REDACTED = "[redacted]";

  private final Pattern secretKey;
  private final List<String> secretValues;

  public DetailsNormalizer(Pattern secretKey, Collection<String> secretValues) {
    this.secretKey = secretKey;
    this.secretValues = List.copyOf(secretValues);
  }

  public Map<String, Object> normalize(Map<String, Object> details) {
    return normalizeMap(details);
  }

  /** Removes known secret values from a top-level text field (object id, actor, ...). */
  public String scrub(String text) {
    if (text == null) {
      return null;
    }
    String result = text;
    for (String secret : secretValues) {
      if (result.contains(secret)) {
        result = result.replace(secret, REDACTED);
      }
    }
    return result;
  }

  /** The largest integer a double holds exactly, with every smaller one (I-JSON, RFC 7493). */
  static final long MAX_SAFE_INTEGER = (1L << 53) - 1;

  private Map<String, Object> normalizeMap(Map<?, ?> map) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (var entry : map.entrySet()) {
      String key = scrub(String.valueOf(entry.getKey()));
      out.put(
          key,
          secretKey.matcher(key).find() && entry.getValue() != null
              ? REDACTED
              : value(entry.getValue()));
    }
    return EngineKeys.asStrings(out);
  }

  private Object value(Object value) {
    if (value == null || value instanceof Boolean) {
      return value;
    }
    if (value instanceof String s) {
      return scrub(s);
    }
    if (value instanceof Long
        || value instanceof Integer
        || value instanceof Short
        || value instanceof Byte) {
      return integer(((Number) value).longValue());
    }
    if (value instanceof BigInteger big) {
      return big.bitLength() < 64 ? integer(big.longValue()) : big.toString();
    }
    if (value instanceof Number number) {
      return decimal(number);
    }
    if (value instanceof Map<?, ?> map) {
      return normalizeMap(map);
    }
    if (value instanceof Collection<?> collection) {
      return collection.stream().map(this::value).collect(Collectors.toList());
    }
    if (value instanceof Object[] array) {
      return Arrays.stream(array).map(this::value).collect(Collectors.toList());
    }
    if (value instanceof Optional<?> optional) {
      return value(optional.orElse(null));
    }
    if (value instanceof TemporalAccessor || value instanceof Enum<?>) {
      return value.toString();
    }
    return scrub(value.toString());
  }

  private static Object integer(long value) {
    return Math.abs(value) <= MAX_SAFE_INTEGER ? (Object) value : Long.toString(value);
  }

  private static Object decimal(Number number) {
    try {
      var decimal = new BigDecimal(number.toString());
      if (decimal.signum() == 0) {
        return 0L;
      }
      var stripped = decimal.stripTrailingZeros();
      if (stripped.scale() <= 0 && stripped.precision() - stripped.scale() < 19) {
        return integer(stripped.longValueExact());
      }
      return stripped.toPlainString();
    } catch (NumberFormatException | ArithmeticException notFinite) {
      return number.toString();
    }
  }
}
