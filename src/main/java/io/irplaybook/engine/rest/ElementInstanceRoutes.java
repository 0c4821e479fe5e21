package io.irplaybook.engine.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
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
                    .run(query, ElementRow.all(state))));
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
