package io.irplaybook.inbox.service;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The custom headers of a user-task job as docs/contracts.md names them: assignment and schedule
 * under Zeebe's reserved names, {@code checklist.N} items, {@code requires-two-person}.
 */
public record TaskHeaders(
    String assignee,
    List<String> candidateGroups,
    List<String> candidateUsers,
    Instant dueDate,
    Instant followUpDate,
    List<String> checklist,
    boolean requiresTwoPerson) {

  static final String ASSIGNEE = "io.camunda.zeebe:assignee";
  static final String CANDIDATE_GROUPS = "io.camunda.zeebe:candidateGroups";
  static final String CANDIDATE_USERS = "io.camunda.zeebe:candidateUsers";
  static final String DUE_DATE = "io.camunda.zeebe:dueDate";
  static final String FOLLOW_UP_DATE = "io.camunda.zeebe:followUpDate";
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
        blankToNull(headers.get(ASSIGNEE)),
        list(headers.get(CANDIDATE_GROUPS)),
        list(headers.get(CANDIDATE_USERS)),
        instant(headers.get(DUE_DATE)),
        instant(headers.get(FOLLOW_UP_DATE)),
        List.copyOf(checklist.values()),
        "true".equalsIgnoreCase(headers.getOrDefault(TWO_PERSON, "").strip()));
  }

  /** Zeebe writes candidate lists as a JSON array; a plain comma-separated list is accepted too. */
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

  static Instant instant(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value.strip()).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
