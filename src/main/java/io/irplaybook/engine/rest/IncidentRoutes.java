package io.irplaybook.engine.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.irplaybook.engine.state.DeployedProcess;
import io.irplaybook.engine.state.ElementInstance;
import io.irplaybook.engine.state.EngineState;
import io.irplaybook.engine.state.Incident;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/** {@code /v2/incidents}: search and get the unresolved incidents. */
final class IncidentRoutes {

  private static final Set<String> FIELDS =
      Set.of(
          "incidentKey",
          "processDefinitionId",
          "processDefinitionKey",
          "processInstanceKey",
          "elementInstanceKey",
          "elementId",
          "errorType",
          "errorMessage",
          "creationTime",
          "state",
          "jobKey",
          "tenantId");

  private final EngineCalls calls;

  IncidentRoutes(EngineCalls calls) {
    this.calls = calls;
  }

  void register(Router router) {
    router
        .add("POST", "/incidents/search", this::search)
        .add("GET", "/incidents/(\\w+)", this::get);
  }

  private void search(RestExchange exchange, Matcher path) throws IOException {
    JsonNode query = exchange.body();
    exchange.json(
        200,
        calls.query(
            "SEARCH",
            state ->
                new Search<Incident>(i -> view(i, state), FIELDS).run(query, incidents(state))));
  }

  private void get(RestExchange exchange, Matcher path) throws IOException {
    long key = Router.key(path, 1, "incidentKey");
    ObjectNode found =
        calls.query(
            "GET",
            state ->
                state.incidents().incident(key) == null
                    ? null
                    : view(state.incidents().incident(key), state));
    if (found == null) {
      throw new RestProblem(
          404, "NOT_FOUND", "Expected an incident with key '" + key + "', but none was found");
    }
    exchange.json(200, found);
  }

  private static List<Incident> incidents(EngineState state) {
    return List.copyOf(state.incidents().all());
  }

  private static ObjectNode view(Incident incident, EngineState state) {
    ObjectNode node = Views.object();
    Views.key(node, "incidentKey", incident.key());
    ElementInstance element = state.elementInstances().instance(incident.elementInstanceKey());
    DeployedProcess process =
        element == null ? null : state.processes().process(element.processDefinitionKey());
    if (process != null) {
      node.put("processDefinitionId", process.bpmnProcessId());
      Views.key(node, "processDefinitionKey", process.key());
    }
    Views.key(node, "processInstanceKey", incident.processInstanceKey());
    Views.key(node, "elementInstanceKey", incident.elementInstanceKey());
    node.put("elementId", incident.elementId());
    node.put("errorType", incident.errorType());
    node.put("errorMessage", incident.errorMessage());
    Views.date(node, "creationTime", incident.creationTime());
    node.put("state", "ACTIVE");
    Views.key(node, "jobKey", incident.jobKey());
    node.put("tenantId", Views.DEFAULT_TENANT);
    return node;
  }
}
