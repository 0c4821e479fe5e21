package io.irplaybook.inbox.service;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the inbox reads from a user task's custom headers besides title, phase and outputs
 * (docs/contracts.md): the {@code checklist.N} items and {@code requires-two-person}. Assignee,
 * candidate groups and dates are the Camunda user task's own fields.
 */
public record TaskHeaders(List<String> checklist, boolean requiresTwoPerson) {

  static final String CHECKLIST_PREFIX = "checklist.";
  static final String TWO_PERSON = "requires-two-person";

  private static final ObjectMapper JSON = new ObjectMapper();

  public static TaskHeaders parse(Map<String, String> headers) {
    TreeMap<Integer, String> checklist = new TreeMap<>();
    headers.forEach(
        (name, value) -> {
          if (name.startsWith(CHECKLIST_PREFIX) && value != null && !value.isBlank()) {
            try {
              checklist.put(
                  Integer.parseInt(name.substring(CHECKLIST_PREFIX.length())), value.strip());
            } catch (NumberFormatException ignored) {
              // checklist.<not a number> is not an item; the contract numbers them.
            }
          }
        });
    return new TaskHeaders(
        List.copyOf(checklist.values()),
        "true".equalsIgnoreCase(headers.getOrDefault(TWO_PERSON, "").strip()));
  }

  /** A candidate list as a JSON array or, as the task table keeps it, comma-separated. */
  static List<String> list(String value) {
    if (value == null || value.isBlank()) {
      return List.of();
    }
    String trimmed = value.strip();
    if (trimmed.startsWith("[")) {
      try {
        return JSON.readValue(trimmed, new TypeReference<List<String>>() {}).stream()
            .map(String::strip)
            .toList();
      } catch (Exception e) {
        return List.of();
      }
    }
    return Arrays.stream(trimmed.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
