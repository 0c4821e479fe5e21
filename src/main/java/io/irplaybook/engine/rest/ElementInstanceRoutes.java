package io.irplaybook.engine.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.irplaybook.engine.state.EngineState;
import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;

/** {@code /v2/element-instances}: search and get, active and finished. */
final class ElementInstanceRoutes {

  private final EngineCalls calls;

  ElementInstanceRoutes(EngineCalls calls) {
    this.calls = calls;
  }

  void register(Router router) {
    router
        .add("POST", "/element-instances/search", this::search)
        .add("GET", "/element-instances/(\\w+)", this::get);
  }

  private void search(RestExchange exchange, Matcher path) throws IOException {
    JsonNode query = exchange.body();
    exchange.json(
        200,
        calls.query(
            "SEARCH",
            state ->
                new Search<ElementRow>(row -> row.view(state), ElementRow.FIELDS)
                    .special(
                        "elementInstanceScopeKey",
                        (row, key) ->
                            FilterMatch.sameValue(
                                Views.object().put("k", Long.toString(row.flowScopeKey())).get("k"),
                                key))
                    .run(query, candidates(query, state))));
  }

  /**
   * The rows a search can match: only one process instance's when the filter names one with a plain
   * value (the usual question), else every row. The search still applies the whole filter.
   */
  private static List<ElementRow> candidates(JsonNode query, EngineState state) {
    JsonNode key = query == null ? null : query.path("filter").get("processInstanceKey");
    if (key != null && (key.isTextual() || key.isIntegralNumber())) {
      try {
        return ElementRow.ofProcessInstance(state, Long.parseLong(key.asText()));
      } catch (NumberFormatException notAKey) {
        // The search refuses or matches nothing as for any other bad value.
      }
    }
    return ElementRow.all(state);
  }

  private void get(RestExchange exchange, Matcher path) throws IOException {
    long key = Router.key(path, 1, "elementInstanceKey");
    ObjectNode found =
        calls.query(
            "GET",
            state ->
                ElementRow.all(state).stream()
                    .filter(row -> row.key() == key)
                    .findFirst()
                    .map(row -> row.view(state))
                    .orElse(null));
    if (found == null) {
      throw new RestProblem(
          404,
          "NOT_FOUND",
          "Expected an element instance with key '" + key + "', but none was found");
    }
    exchange.json(200, found);
  }
}
