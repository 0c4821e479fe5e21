package io.irplaybook.engine.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.irplaybook.engine.model.ExecutableElement;
import io.irplaybook.engine.model.ExecutableMultiInstanceBody;
import io.irplaybook.engine.state.DeployedProcess;
import io.irplaybook.engine.state.ElementInstance;
import io.irplaybook.engine.state.EngineState;
import io.irplaybook.engine.state.FinishedElement;
import io.irplaybook.engine.state.History;
import io.irplaybook.engine.state.Incident;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * An element instance, active or finished, as Camunda's {@code ElementInstanceResult}; process
 * instances are element instances of type PROCESS and share this row.
 *
 * @param state ACTIVE, COMPLETED or TERMINATED
 * @param inner true for an instance inside a multi-instance body (same element id)
 */
record ElementRow(
    long key,
    long processInstanceKey,
    long processDefinitionKey,
    String elementId,
    long flowScopeKey,
    String state,
    long startDate,
    long endDate,
    boolean inner) {

  static final Set<String> FIELDS =
      Set.of(
          "elementInstanceKey",
          "processInstanceKey",
          "processDefinitionKey",
          "processDefinitionId",
          "elementId",
          "elementName",
          "type",
          "state",
          "hasIncident",
          "incidentKey",
          "tenantId",
          "startDate",
          "endDate");

  /** Every active element instance and every finished one the history keeps. */
  static List<ElementRow> all(EngineState state) {
    return rows(state, state.history().trails(), i -> true, e -> true);
  }

  /**
   * The rows of one process instance only. A search by process instance (what the incident page
   * asks for each instance of an incident) reads its trail instead of building, sorting and showing
   * every element instance the engine keeps, which took a quarter of a second with 200 incidents.
   */
  static List<ElementRow> ofProcessInstance(EngineState state, long processInstanceKey) {
    History.Trail trail = state.history().of(processInstanceKey);
    return rows(
        state,
        trail == null ? List.of() : List.of(trail),
        i -> i.processInstanceKey() == processInstanceKey,
        e -> e.processInstanceKey() == processInstanceKey);
  }

  /** Process instances only (rows without a flow scope), active and finished. */
  static List<ElementRow> processInstances(EngineState state) {
    return rows(
        state, state.history().trails(), i -> i.flowScopeKey() < 0, e -> e.flowScopeKey() < 0);
  }

  private static List<ElementRow> rows(
      EngineState state,
      Collection<History.Trail> trails,
      Predicate<ElementInstance> activeWanted,
      Predicate<FinishedElement> finishedWanted) {
    List<ElementRow> rows = new ArrayList<>();
    for (History.Trail trail : trails) {
      for (FinishedElement e : trail.elements()) {
        if (!finishedWanted.test(e)) {
          continue;
        }
        rows.add(
            new ElementRow(
                e.key(),
                e.processInstanceKey(),
                e.processDefinitionKey(),
                e.elementId(),
                e.flowScopeKey(),
                e.completed() ? "COMPLETED" : "TERMINATED",
                e.startDate(),
                e.endDate(),
                false));
      }
    }
    for (ElementInstance i : state.elementInstances().all()) {
      if (!activeWanted.test(i)) {
        continue;
      }
      ElementInstance scope = state.elementInstances().instance(i.flowScopeKey());
      boolean inner = scope != null && scope.elementId().equals(i.elementId());
      rows.add(
          new ElementRow(
              i.key(),
              i.processInstanceKey(),
              i.processDefinitionKey(),
              i.elementId(),
              i.flowScopeKey(),
              "ACTIVE",
              i.startDate(),
              0,
              inner));
    }
    rows.sort((a, b) -> Long.compare(a.key(), b.key()));
    return rows;
  }

  ObjectNode view(EngineState engineState) {
    ObjectNode node = Views.object();
    Views.key(node, "elementInstanceKey", key);
    Views.key(node, "processInstanceKey", processInstanceKey);
    Views.key(node, "processDefinitionKey", processDefinitionKey);
    DeployedProcess process = engineState.processes().process(processDefinitionKey);
    ExecutableElement element = process == null ? null : process.executable().element(elementId);
    if (element instanceof ExecutableMultiInstanceBody body && inner) {
      element = body.innerActivity();
    }
    Views.text(node, "processDefinitionId", process == null ? null : process.bpmnProcessId());
    node.put("elementId", elementId);
    Views.text(node, "elementName", element == null ? null : element.name());
    node.put("type", element == null ? "UNKNOWN" : element.kind().bpmnElementType());
    node.put("state", state);
    List<Incident> incidents = "ACTIVE".equals(state) ? engineState.incidents().of(key) : List.of();
    node.put("hasIncident", !incidents.isEmpty());
    if (!incidents.isEmpty()) {
      Views.key(node, "incidentKey", incidents.get(0).key());
    }
    node.put("tenantId", Views.DEFAULT_TENANT);
    Views.date(node, "startDate", startDate);
    Views.date(node, "endDate", endDate);
    return node;
  }
}
