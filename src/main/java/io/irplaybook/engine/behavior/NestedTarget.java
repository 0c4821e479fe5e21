package io.irplaybook.engine.behavior;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Assigns a mapping result to a target that may be a dotted path, copying the objects it changes.
 */
final class NestedTarget {

  private NestedTarget() {}

  static void assign(
      Map<String, Object> results, String target, Object value, Function<String, Object> existing) {
    String[] path = target.split("\\.");
    if (path.length == 1) {
      results.put(target, value);
      return;
    }
    Object base = results.containsKey(path[0]) ? results.get(path[0]) : existing.apply(path[0]);
    Map<String, Object> root = copyOf(base);
    Map<String, Object> current = root;
    for (int i = 1; i < path.length - 1; i++) {
      Map<String, Object> child = copyOf(current.get(path[i]));
      current.put(path[i], child);
      current = child;
    }
    current.put(path[path.length - 1], value);
    results.put(path[0], root);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> copyOf(Object value) {
    return value instanceof Map<?, ?> map
        ? new LinkedHashMap<>((Map<String, Object>) map)
        : new LinkedHashMap<>();
  }
}
