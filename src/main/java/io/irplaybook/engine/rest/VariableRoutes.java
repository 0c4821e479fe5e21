package io.irplaybook.engine.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.irplaybook.engine.state.ElementInstance;
import io.irplaybook.engine.state.EngineState;
import io.irplaybook.engine.state.UserTask;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * {@code /v2/variables}: search and get the variables of running process instances; and {@code
 * /v2/user-tasks/{key}/variables/search}, the variables an open user task sees.
 */
final class VariableRoutes {

  private static final Set<String> FIELDS =
      Set.of("variableKey", "name", "value", "scopeKey", "processInstanceKey", "tenantId");

  /** One variable on one scope, copied on the processing thread. */
  private record Variable(long key, String name, String json, long scopeKey, long processInstance) {
    ObjectNode view(boolean withTruncation) {
      ObjectNode node = Views.object();
      Views.key(node, "variableKey", key);
      node.put("name", name);
      node.put("value", json);
      Views.key(node, "scopeKey", scopeKey);
      Views.key(node, "processInstanceKey", processInstance);
      node.put("tenantId", Views.DEFAULT_TENANT);
      if (withTruncation) {
        node.put("isTruncated", false);
      }
      return node;
    }
  }

  private final EngineCalls calls;

  VariableRoutes(EngineCalls calls) {
    this.calls = calls;
  }

  void register(Router router) {
    router
        .add("POST", "/variables/search", this::search)
        .add("GET", "/variables/(\\w+)", this::get)
        .add("POST", "/user-tasks/(\\w+)/variables/search", this::searchOfUserTask);
  }

  /**
   * As Camunda 8.8 answers it: every variable visible from the task's element instance, one result
   * per scope (a name defined on two scopes appears twice; the inner scope has the greater key).
   */
  private void searchOfUserTask(RestExchange exchange, Matcher path) throws IOException {
    long key = Router.key(path, 1, "userTaskKey");
    JsonNode query = exchange.body();
    ObjectNode found =
        calls.query(
            "SEARCH",
            state -> {
              UserTask task = state.userTasks().get(key);
              if (task == null) {
                return null;
              }
              List<Variable> visible = new ArrayList<>();
              for (long scope = task.elementInstanceKey(); scope >= 0; ) {
                ElementInstance instance = state.elementInstances().instance(scope);
                if (instance == null) {
                  break;
                }
                for (Map.Entry<String, Object> v : state.variables().local(scope).entrySet()) {
                  visible.add(
                      new Variable(
                          state.variables().key(scope, v.getKey()),
                          v.getKey(),
                          Views.json(v.getValue()),
                          scope,
                          instance.processInstanceKey()));
                }
                scope = instance.flowScopeKey();
              }
              return new Search<Variable>(v -> v.view(true), FIELDS).run(query, visible);
            });
    if (found == null) {
      throw new RestProblem(
          404,
          "NOT_FOUND",
          "Expected an open user task with key '" + key + "', but no such user task was found");
    }
    exchange.json(200, found);
  }

  private void search(RestExchange exchange, Matcher path) throws IOException {
    JsonNode query = exchange.body();
    exchange.json(
        200,
        calls.query(
            "SEARCH",
            state ->
                new Search<Variable>(v -> v.view(true), FIELDS)
                    .special("isTruncated", (v, filter) -> !filter.asBoolean())
                    .run(query, variables(state))));
  }

  private void get(RestExchange exchange, Matcher path) throws IOException {
    long key = Router.key(path, 1, "variableKey");
    ObjectNode found =
        calls.query(
            "GET",
            state ->
                variables(state).stream()
                    .filter(v -> v.key() == key)
                    .findFirst()
                    .map(v -> v.view(false))
                    .orElse(null));
    if (found == null) {
      throw new RestProblem(
          404, "NOT_FOUND", "Expected a variable with key '" + key + "', but none was found");
    }
    exchange.json(200, found);
  }

  private static List<Variable> variables(EngineState state) {
    List<Variable> variables = new ArrayList<>();
    for (long scope : state.variables().scopes()) {
      ElementInstance instance = state.elementInstances().instance(scope);
      if (instance == null) {
        continue;
      }
      for (Map.Entry<String, Object> v : state.variables().local(scope).entrySet()) {
        variables.add(
            new Variable(
                state.variables().key(scope, v.getKey()),
                v.getKey(),
                Views.json(v.getValue()),
                scope,
                instance.processInstanceKey()));
      }
    }
    variables.sort((a, b) -> Long.compare(a.key(), b.key()));
    return variables;
  }
}
