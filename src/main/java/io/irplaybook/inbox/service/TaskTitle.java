package io.irplaybook.inbox.service;

import java.util.Map;

/**
 * A task's title as the BPMN gives it: the element's name, or for a multi-instance step {@code
 * <title-prefix>: <value at title-item>} (docs/contracts.md), where title-item is a dotted variable
 * path, no FEEL.
 *
 * @param english the title in the BPMN's words
 * @param item the value at title-item, or null when the step has none or the path leads nowhere
 */
record TaskTitle(String english, String item) {

  static final String PREFIX_HEADER = "title-prefix";
  static final String ITEM_HEADER = "title-item";

  static TaskTitle of(String name, Map<String, String> headers, Map<String, Object> variables) {
    String prefix = headers.get(PREFIX_HEADER);
    String item = valueAt(headers.get(ITEM_HEADER), variables);
    if (prefix == null || prefix.isBlank() || item == null) {
      return new TaskTitle(name, null);
    }
    return new TaskTitle(prefix.strip() + ": " + item, item);
  }

  /** The text at a dotted path ({@code obligation.report}); null when any step is missing. */
  static String valueAt(String path, Map<String, Object> variables) {
    if (path == null || path.isBlank()) {
      return null;
    }
    Object value = variables;
    for (String step : path.strip().split("\\.")) {
      if (!(value instanceof Map<?, ?> map)) {
        return null;
      }
      value = map.get(step);
    }
    if (value == null || value instanceof Map<?, ?> || value.toString().isBlank()) {
      return null;
    }
    return value.toString().strip();
  }
}
