package io.irplaybook.audit.service;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * RFC 8785 (JSON Canonicalization Scheme) for the value types the audit trail stores: objects with
 * keys sorted by UTF-16 code units, arrays, strings, integers, booleans and null, written without
 * spaces. Floating-point numbers never reach it: {@link DetailsNormalizer} turns them into strings
 * first, so the hash never depends on ECMAScript number formatting. Plain JDK code on purpose: the
 * offline verifier uses it without booting the service.
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
