package io.irplaybook.audit.service;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Engine keys (process instance, job, user task, element instance, process definition keys) in
 * audit details are written as strings of their decimal digits, as Camunda's REST API writes them:
 * Zeebe keys exceed 2^53 from partition 4 on, and neither a JavaScript reader nor an RFC 8785
 * verifier (which reads every number as a double) would see the same value in a JSON number. A
 * detail is a key when its name ends in {@code Key} (a list of keys: {@code Keys}).
 */
public final class EngineKeys {

  private EngineKeys() {}

  /** True for detail names such as {@code processInstanceKey} or {@code userTaskKeys}. */
  public static boolean isKeyName(String name) {
    return name.endsWith("Key") || name.endsWith("Keys");
  }

  /** A copy of {@code details} with every integer under a key name (at any depth) as a string. */
  public static Map<String, Object> asStrings(Map<String, Object> details) {
    Map<String, Object> out = new LinkedHashMap<>();
    details.forEach((name, value) -> out.put(name, value(name, value)));
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Object value(String name, Object value) {
    if (value instanceof Map<?, ?> map) {
      return asStrings((Map<String, Object>) map);
    }
    if (value instanceof Collection<?> list) {
      List<Object> out = new java.util.ArrayList<>(list.size());
      list.forEach(item -> out.add(value(name, item)));
      return out;
    }
    return isKeyName(name) && isInteger(value) ? value.toString() : value;
  }

  static boolean isInteger(Object value) {
    return value instanceof Long
        || value instanceof Integer
        || value instanceof Short
        || value instanceof Byte
        || value instanceof java.math.BigInteger;
  }
}
