package io.irplaybook.engine.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.irplaybook.engine.state.EventCodec;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * A Camunda search request ({@code filter}, {@code sort}, {@code page}) run over items of one kind:
 * each item is shown as its result JSON, filtered on the result's fields (or on a special matcher
 * such as variables), sorted and paged. Unknown filter or sort fields are refused with 400.
 */
final class Search<T> {

  static final int DEFAULT_LIMIT = 100;

  private final Function<T, ObjectNode> view;
  private final Set<String> fields;
  private final Map<String, String> aliases = new HashMap<>();
  private final Map<String, BiPredicate<T, JsonNode>> specials = new HashMap<>();

  /** {@code fields}: the result fields that may be filtered and sorted on. */
  Search(Function<T, ObjectNode> view, Set<String> fields) {
    this.view = view;
    this.fields = fields;
  }

  /** A filter field matched against a differently named result field (candidateGroup). */
  Search<T> alias(String filterField, String resultField) {
    aliases.put(filterField, resultField);
    return this;
  }

  /** A filter field with its own matcher (variables). */
  Search<T> special(String filterField, BiPredicate<T, JsonNode> matcher) {
    specials.put(filterField, matcher);
    return this;
  }

  /** Runs the query; {@code query} may be JSON null (no filter, default page). */
  ObjectNode run(JsonNode query, Iterable<T> candidates) {
    JsonNode filter = query.path("filter");
    validate(filter);
    List<ObjectNode> hits = new ArrayList<>();
    for (T candidate : candidates) {
      ObjectNode shown = view.apply(candidate);
      if (accepts(candidate, shown, filter)) {
        hits.add(shown);
      }
    }
    Comparator<ObjectNode> order = order(query.path("sort"));
    if (order != null) {
      hits.sort(order);
    }
    return page(hits, query.path("page"));
  }

  private void validate(JsonNode filter) {
    Iterator<String> names = filter.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (unset(filter.get(name))) {
        continue;
      }
      if (!fields.contains(name) && !aliases.containsKey(name) && !specials.containsKey(name)) {
        throw RestProblem.badRequest(
            "Expected filter fields among " + fields + ", but '" + name + "' is not supported");
      }
    }
  }

  private boolean accepts(T candidate, ObjectNode shown, JsonNode filter) {
    Iterator<Map.Entry<String, JsonNode>> conditions = filter.fields();
    while (conditions.hasNext()) {
      Map.Entry<String, JsonNode> condition = conditions.next();
      String name = condition.getKey();
      if (unset(condition.getValue())) {
        continue;
      }
      BiPredicate<T, JsonNode> special = specials.get(name);
      boolean ok =
          special != null
              ? special.test(candidate, condition.getValue())
              : FilterMatch.matches(
                  shown.get(aliases.getOrDefault(name, name)), condition.getValue(), name);
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** The Java client writes unset filters as null and unset list filters as []. */
  private static boolean unset(JsonNode condition) {
    return condition.isNull() || condition.isArray() && condition.isEmpty();
  }

  private Comparator<ObjectNode> order(JsonNode sort) {
    Comparator<ObjectNode> order = null;
    for (JsonNode criterion : sort) {
      String field = criterion.path("field").asText();
      if (!fields.contains(field)) {
        throw RestProblem.badRequest(
            "Expected sort fields among " + fields + ", but '" + field + "' is not supported");
      }
      Comparator<ObjectNode> byField =
          Comparator.comparing(
              (ObjectNode node) -> node.get(field), Comparator.nullsLast(FilterMatch::compare));
      if ("DESC".equalsIgnoreCase(criterion.path("order").asText("ASC"))) {
        byField =
            Comparator.comparing(
                (ObjectNode node) -> node.get(field),
                Comparator.nullsLast((a, b) -> FilterMatch.compare(b, a)));
      }
      order = order == null ? byField : order.thenComparing(byField);
    }
    return order;
  }

  private static ObjectNode page(List<ObjectNode> hits, JsonNode page) {
    int limit = page.path("limit").asInt(DEFAULT_LIMIT);
    if (limit < 0) {
      throw RestProblem.badRequest("Expected page.limit to be 0 or more, but it was " + limit);
    }
    int from = page.path("from").asInt(0);
    if (page.hasNonNull("after")) {
      from = cursorIndex(page.get("after").asText()) + 1;
    } else if (page.hasNonNull("before")) {
      from = Math.max(0, cursorIndex(page.get("before").asText()) - limit);
    }
    from = Math.min(Math.max(from, 0), hits.size());
    int to = Math.min(hits.size(), from + limit);
    ObjectNode result = EventCodec.JSON.createObjectNode();
    ArrayNode items = result.putArray("items");
    hits.subList(from, to).forEach(items::add);
    ObjectNode pageInfo = result.putObject("page");
    pageInfo.put("totalItems", (long) hits.size());
    pageInfo.put("hasMoreTotalItems", false);
    pageInfo.put("startCursor", to > from ? cursor(from) : null);
    pageInfo.put("endCursor", to > from ? cursor(to - 1) : null);
    return result;
  }

  private static String cursor(int index) {
    return Base64.getUrlEncoder()
        .encodeToString(("{\"index\":" + index + "}").getBytes(StandardCharsets.UTF_8));
  }

  private static int cursorIndex(String cursor) {
    try {
      String json = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      return EventCodec.JSON.readTree(json).get("index").asInt();
    } catch (Exception e) {
      throw RestProblem.badRequest(
          "Expected a cursor from an earlier search's page, but '" + cursor + "' is not one");
    }
  }
}
