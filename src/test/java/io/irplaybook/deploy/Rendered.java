package io.irplaybook.deploy;

import java.util.List;
import java.util.Map;

/** The objects of one rendered overlay, with plain navigation into their YAML trees. */
record Rendered(List<Map<String, Object>> objects) {

  List<Map<String, Object>> all(String kind) {
    return objects.stream().filter(o -> kind.equals(o.get("kind"))).toList();
  }

  Map<String, Object> single(String kind) {
    List<Map<String, Object>> found = all(kind);
    if (found.size() != 1) {
      throw new AssertionError("Expected one " + kind + ", but found " + found.size());
    }
    return found.get(0);
  }

  Map<String, Object> podSpec() {
    return map(single("Deployment"), "spec", "template", "spec");
  }

  Map<String, Object> container() {
    return maps(podSpec(), "containers").get(0);
  }

  /** The ConfigMap's value for an environment variable. */
  String config(String variable) {
    Object value = map(single("ConfigMap"), "data").get(variable);
    return value == null ? null : value.toString();
  }

  /** The node at the path of map keys, or null where a key is missing. */
  static Object at(Object node, String... keys) {
    Object current = node;
    for (String key : keys) {
      if (!(current instanceof Map<?, ?> map)) {
        return null;
      }
      current = map.get(key);
    }
    return current;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object node, String... keys) {
    Object found = at(node, keys);
    return found instanceof Map ? (Map<String, Object>) found : Map.of();
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(Object node, String... keys) {
    Object found = at(node, keys);
    return found instanceof List ? (List<Object>) found : List.of();
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> maps(Object node, String... keys) {
    Object found = at(node, keys);
    return found instanceof List ? (List<Map<String, Object>>) found : List.of();
  }
}
