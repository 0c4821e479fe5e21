package io.irplaybook.audit.service;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * RFC 8785 (JSON Canonicalization Scheme): objects with keys sorted by UTF-16 code units, arrays,
 * strings, numbers, booleans and null, written without spaces. Doubles are written as ECMAScript
 * writes them (RFC 8785 section 3.2.2.3; checked against the RFC's own vectors in
 * CanonicalJsonTest). The audit trail itself hashes no doubles and no integer beyond ±(2^53 - 1):
 * {@link DetailsNormalizer} turns those into strings first. Integers are written with all their
 * digits, which is what RFC 8785 writes for every integer up to 2^53, and is how records appended
 * before issue 18 wrote larger ones (so they still verify as they were hashed). Plain JDK code on
 * purpose: the offline verifier uses it without booting the service.
 */
public final class CanonicalJson {

  private CanonicalJson() {}

  /** JSON text that is already canonical (a stored details column), written as it is. */
  public record RawJson(String json) {}

  /**
   * The canonical form of a value made of {@code Map<String,?>}, {@code List<?>}, String, integer,
   * Boolean, null.
   */
  public static String write(Object value) {
    var out = new StringBuilder(128);
    write(value, out);
    return out.toString();
  }

  public static void write(Object value, StringBuilder out) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String s) {
      writeString(s, out);
    } else if (value instanceof Boolean b) {
      out.append(b.booleanValue());
    } else if (value instanceof Long
        || value instanceof Integer
        || value instanceof Short
        || value instanceof Byte
        || value instanceof BigInteger) {
      out.append(value);
    } else if (value instanceof Double || value instanceof Float) {
      out.append(number(((Number) value).doubleValue()));
    } else if (value instanceof RawJson raw) {
      out.append(raw.json());
    } else if (value instanceof Map<?, ?> map) {
      writeObject(map, out);
    } else if (value instanceof List<?> list) {
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        write(list.get(i), out);
      }
      out.append(']');
    } else {
      throw new IllegalArgumentException(
          "Expected a JSON value of a supported type, but got "
              + value.getClass().getName()
              + "; normalise it first");
    }
  }

  /**
   * A double as ECMAScript's Number.prototype.toString writes it (ECMA-262, Number::toString): the
   * shortest decimal that reads back as the same double (the closest one if several), in plain
   * notation from 1e-6 up to 1e21 and in exponent notation outside; -0 is 0. RFC 8785 has no form
   * for NaN and the infinities, so they are refused.
   */
  public static String number(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(
          "Expected a finite number, but got " + value + ": RFC 8785 cannot write it");
    }
    if (value == 0) {
      return "0";
    }
    BigDecimal shortest = shortest(Math.abs(value)).stripTrailingZeros();
    String digits = shortest.unscaledValue().toString();
    int k = digits.length();
    int n = k - shortest.scale(); // the value is 0.<digits> x 10^n
    var out = new StringBuilder(k + 8);
    if (value < 0) {
      out.append('-');
    }
    if (k <= n && n <= 21) {
      out.append(digits).append("0".repeat(n - k));
    } else if (0 < n && n <= 21) {
      out.append(digits, 0, n).append('.').append(digits, n, k);
    } else if (-6 < n && n <= 0) {
      out.append("0.").append("0".repeat(-n)).append(digits);
    } else {
      int exponent = n - 1;
      out.append(digits.charAt(0));
      if (k > 1) {
        out.append('.').append(digits, 1, k);
      }
      out.append('e').append(exponent < 0 ? '-' : '+').append(Math.abs(exponent));
    }
    return out.toString();
  }

  /**
   * The fewest significant digits that read back as {@code value}, the closest to it when two
   * candidates of that length do. Java 17's Double.toString does not always give the shortest
   * (JDK-4511638), so the digits are found by rounding the exact value.
   */
  private static BigDecimal shortest(double value) {
    BigDecimal exact = new BigDecimal(value);
    for (int precision = 1; precision <= 17; precision++) {
      BigDecimal nearest = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
      BigDecimal best = nearest.doubleValue() == value ? nearest : null;
      for (RoundingMode mode : new RoundingMode[] {RoundingMode.FLOOR, RoundingMode.CEILING}) {
        BigDecimal candidate = exact.round(new MathContext(precision, mode));
        if (candidate.doubleValue() == value
            && (best == null
                || candidate.subtract(exact).abs().compareTo(best.subtract(exact).abs()) < 0)) {
          best = candidate;
        }
      }
      if (best != null) {
        return best;
      }
    }
    return exact.round(new MathContext(17, RoundingMode.HALF_EVEN));
  }

  private static void writeObject(Map<?, ?> map, StringBuilder out) {
    List<String> keys = new ArrayList<>(map.size());
    for (Object key : map.keySet()) {
      keys.add((String) key);
    }
    // String.compareTo compares UTF-16 code units, which is exactly the order RFC 8785 prescribes.
    keys.sort(String::compareTo);
    out.append('{');
    boolean first = true;
    for (String key : keys) {
      if (!first) {
        out.append(',');
      }
      first = false;
      writeString(key, out);
      out.append(':');
      write(map.get(key), out);
    }
    out.append('}');
  }

  /** RFC 8785 section 3.2.2.2: escape only the quote, the backslash and control characters. */
  public static void writeString(String s, StringBuilder out) {
    out.append('"');
    int clean = 0;
    while (clean < s.length() && !needsEscape(s.charAt(clean))) {
      clean++;
    }
    // Most values need no escaping at all: copy them in one go (the export's hot path).
    out.append(s, 0, clean);
    for (int i = clean; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append("\\u00")
                .append(Character.forDigit(c >> 4, 16))
                .append(Character.forDigit(c & 0xf, 16));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  private static boolean needsEscape(char c) {
    return c < 0x20 || c == '"' || c == '\\';
  }
}
