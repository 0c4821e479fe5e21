package io.irplaybook.engine.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.irplaybook.engine.state.UserTaskChanges;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/** Reads Camunda's user-task {@code changeset}; an empty date string clears the date. */
final class UserTaskChangeset {

  private static final Set<String> FIELDS =
      Set.of("dueDate", "followUpDate", "candidateGroups", "candidateUsers", "priority");

  private UserTaskChangeset() {}

  static UserTaskChanges read(JsonNode changeset) {
    Iterator<String> names = changeset.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!FIELDS.contains(name)) {
        throw RestProblem.badRequest(
            "Expected changeset fields among " + FIELDS + ", but '" + name + "' is not one");
      }
    }
    Integer priority = null;
    if (changeset.hasNonNull("priority")) {
      if (!changeset.get("priority").canConvertToInt()) {
        throw RestProblem.badRequest(
            "Expected priority to be a whole number, but it was " + changeset.get("priority"));
      }
      priority = changeset.get("priority").asInt();
    }
    return new UserTaskChanges(
        names(changeset, "candidateGroups"),
        names(changeset, "candidateUsers"),
        date(changeset, "dueDate"),
        date(changeset, "followUpDate"),
        priority);
  }

  private static List<String> names(JsonNode changeset, String field) {
    JsonNode list = changeset.get(field);
    if (list == null || list.isNull()) {
      return null;
    }
    if (!list.isArray()) {
      throw RestProblem.badRequest("Expected " + field + " to be a list, but it was " + list);
    }
    List<String> names = new ArrayList<>();
    list.forEach(entry -> names.add(entry.asText()));
    return names;
  }

  private static String date(JsonNode changeset, String field) {
    JsonNode value = changeset.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.asText().isEmpty()) {
      return "";
    }
    try {
      return OffsetDateTime.parse(value.asText()).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    } catch (DateTimeParseException e) {
      throw RestProblem.badRequest(
          "Expected "
              + field
              + " to be an ISO-8601 date and time with offset, but it was '"
              + value.asText()
              + "'");
    }
  }
}
