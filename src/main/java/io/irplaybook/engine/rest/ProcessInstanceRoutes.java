package io.irplaybook.engine.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.irplaybook.engine.state.DeployedProcess;
import io.irplaybook.engine.state.ElementInstance;
import io.irplaybook.engine.state.EngineState;
import io.irplaybook.engine.state.History;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * {@code /v2/process-instances}: search (also by variable value) and get, running and recently
 * finished.
 */
final class ProcessInstanceRoutes {

  private static final Set<String> FIELDS =
      Set.of(
          "processInstanceKey",
          "processDefinitionId",
          "processDefinitionName",
          "processDefinitionVersion",
          "processDefinitionKey",
          "startDate",
          "endDate",
          "state",
          "hasIncident",
          "tenantId",
          "parentProcessInstanceKey",
          "parentElementInstanceKey");

  private final EngineCalls calls;

  ProcessInstanceRoutes(EngineCalls calls) {
    this.calls = calls;
  }

  void register(Router router) {
    router
        .add("POST", "/process-instances/search", this::search)
        .add("GET", "/process-instances/(\\w+)", this::get);
  }

  private void search(RestExchange exchange, Matcher path) throws IOException {
    JsonNode query = exchange.body();
    exchange.json(
        200,
        calls.query(
            "SEARCH",
            state ->
                new Search<ElementRow>(row -> view(row, state), FIELDS)
                    .special(
                        "variables",
                        (row, filter) -> Views.variablesMatch(variables(row, state), filter))
                    .special("tags", (row, filter) -> false) // no instance carries tags here
                    .run(query, candidates(query, state))));
  }

  /**
   * The process instances a search can match: only the children of one instance when the filter
   * names a parent with a plain value (how the incident page walks an incident's call tree), else
   * all. Showing every instance as JSON before filtering cost more than the rest of the page.
   */
  private static List<ElementRow> candidates(JsonNode query, EngineState state) {
    JsonNode parent = query == null ? null : query.path("filter").get("parentProcessInstanceKey");
    if (parent != null && (parent.isTextual() || parent.isIntegralNumber())) {
      try {
        long parentKey = Long.parseLong(parent.asText());
        return processInstances(state).stream()
            .filter(row -> parentOf(row.key(), state) == parentKey)
            .toList();
      } catch (NumberFormatException notAKey) {
        // matched (or refused) by the search itself, as any other bad value
      }
    }
    return processInstances(state);
  }

  /** The process instance that called this one while its call activity is active, else -1. */
  private static long parentOf(long processInstanceKey, EngineState state) {
    long callingElement = state.elementInstances().callingElementOf(processInstanceKey);
    ElementInstance caller =
        callingElement > 0 ? state.elementInstances().instance(callingElement) : null;
    return caller == null ? -1 : caller.processInstanceKey();
  }

  private void get(RestExchange exchange, Matcher path) throws IOException {
    long key = Router.key(path, 1, "processInstanceKey");
    ObjectNode found =
        calls.query(
            "GET",
            state ->
                processInstances(state).stream()
                    .filter(row -> row.key() == key)
                    .findFirst()
                    .map(row -> view(row, state))
                    .orElse(null));
    if (found == null) {
      throw new RestProblem(
          404,
          "NOT_FOUND",
          "Expected a process instance with key '" + key + "', but none was found");
    }
    exchange.json(200, found);
  }

  private static List<ElementRow> processInstances(EngineState state) {
    return ElementRow.processInstances(state);
  }

  private static Map<String, Object> variables(ElementRow row, EngineState state) {
    if ("ACTIVE".equals(row.state())) {
      return state.variables().local(row.key());
    }
    History.Trail trail = state.history().of(row.key());
    return trail == null || trail.finalVariables() == null ? Map.of() : trail.finalVariables();
  }

  private static ObjectNode view(ElementRow row, EngineState state) {
    ObjectNode node = Views.object();
    Views.key(node, "processInstanceKey", row.key());
    DeployedProcess process = state.processes().process(row.processDefinitionKey());
    if (process != null) {
      node.put("processDefinitionId", process.bpmnProcessId());
      Views.text(node, "processDefinitionName", process.executable().root().name());
      node.put("processDefinitionVersion", process.version());
    }
    Views.key(node, "processDefinitionKey", row.processDefinitionKey());
    Views.date(node, "startDate", row.startDate());
    Views.date(node, "endDate", row.endDate());
    node.put("state", row.state());
    node.put(
        "hasIncident",
        "ACTIVE".equals(row.state())
            && state.incidents().all().stream().anyMatch(i -> i.processInstanceKey() == row.key()));
    node.put("tenantId", Views.DEFAULT_TENANT);
    long callingElement = state.elementInstances().callingElementOf(row.key());
    if (callingElement > 0 && state.elementInstances().instance(callingElement) != null) {
      Views.key(
          node,
          "parentProcessInstanceKey",
          state.elementInstances().instance(callingElement).processInstanceKey());
      Views.key(node, "parentElementInstanceKey", callingElement);
    }
    node.putArray("tags");
    return node;
  }
}
