package io.irplaybook.engine.state;

import java.util.HashMap;
import java.util.Map;

/** A running element (process, sub-process, task, event or gateway). Changed only by events. */
public final class ElementInstance {

  private final long key;
  private final long processInstanceKey;
  private final long processDefinitionKey;
  private final String elementId;
  private final long flowScopeKey;
  ElementState state = ElementState.ACTIVATING;
  int activeChildren;
  long jobKey;
  long startDate;

  /** Tokens waiting at parallel joins in this scope: gateway id to (incoming flow id to count). */
  final Map<String, Map<String, Integer>> joinTokens = new HashMap<>();

  ElementInstance(
      long key,
      long processInstanceKey,
      long processDefinitionKey,
      String elementId,
      long flowScopeKey) {
    this.key = key;
    this.processInstanceKey = processInstanceKey;
    this.processDefinitionKey = processDefinitionKey;
    this.elementId = elementId;
    this.flowScopeKey = flowScopeKey;
  }

  public long key() {
    return key;
  }

  public long processInstanceKey() {
    return processInstanceKey;
  }

  public long processDefinitionKey() {
    return processDefinitionKey;
  }

  public String elementId() {
    return elementId;
  }

  /** The enclosing scope's key, or -1 for the process instance itself. */
  public long flowScopeKey() {
    return flowScopeKey;
  }

  public boolean isProcessInstance() {
    return flowScopeKey < 0;
  }

  public ElementState state() {
    return state;
  }

  public int activeChildren() {
    return activeChildren;
  }

  /** Epoch milliseconds of the activation. */
  public long startDate() {
    return startDate;
  }

  /** The job of a task waiting for a worker, or 0. */
  public long jobKey() {
    return jobKey;
  }

  public boolean hasJoinTokens() {
    return joinTokens.values().stream()
        .anyMatch(flows -> flows.values().stream().anyMatch(c -> c > 0));
  }

  /** How many tokens wait on the given incoming flow of the given join gateway. */
  public int joinTokens(String gatewayId, String flowId) {
    return joinTokens.getOrDefault(gatewayId, Map.of()).getOrDefault(flowId, 0);
  }
}
