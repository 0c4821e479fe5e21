package io.irplaybook.engine.state;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The active element instances: the instance tree by flow scope, each instance's lifecycle state,
 * job and join tokens, and which call activity started which child process instance.
 */
public final class ElementInstanceStore implements ElementInstances {

  private final Map<Long, ElementInstance> byKey = new HashMap<>();
  private final Map<Long, Set<Long>> childrenByScope = new HashMap<>();
  private final CallLinks callLinks = new CallLinks();

  ElementInstanceStore() {}

  public void create(
      long key,
      long processInstanceKey,
      long processDefinitionKey,
      String elementId,
      long flowScopeKey,
      long startDate) {
    ElementInstance created =
        new ElementInstance(key, processInstanceKey, processDefinitionKey, elementId, flowScopeKey);
    created.startDate = startDate;
    byKey.put(key, created);
    if (flowScopeKey >= 0) {
      childrenByScope.computeIfAbsent(flowScopeKey, k -> new LinkedHashSet<>()).add(key);
      ElementInstance scope = byKey.get(flowScopeKey);
      if (scope != null) {
        scope.activeChildren++;
      }
    }
  }

  public void setState(long key, ElementState state) {
    ElementInstance instance = byKey.get(key);
    if (instance != null) {
      instance.state = state;
    }
  }

  /** The instance was completed or terminated: it leaves its scope; returns it, or null. */
  public ElementInstance remove(long key) {
    ElementInstance instance = byKey.remove(key);
    callLinks.forget(key);
    childrenByScope.remove(key);
    if (instance != null && instance.flowScopeKey() >= 0) {
      Set<Long> siblings = childrenByScope.get(instance.flowScopeKey());
      if (siblings != null) {
        siblings.remove(key);
      }
      ElementInstance scope = byKey.get(instance.flowScopeKey());
      if (scope != null) {
        scope.activeChildren--;
      }
    }
    return instance;
  }

  /** The job a task waits for; 0 when it has none (any more). */
  public void setJob(long elementInstanceKey, long jobKey) {
    ElementInstance instance = byKey.get(elementInstanceKey);
    if (instance != null) {
      instance.jobKey = jobKey;
    }
  }

  public void addJoinToken(long scopeKey, String gatewayId, String flowId) {
    byKey
        .get(scopeKey)
        .joinTokens
        .computeIfAbsent(gatewayId, g -> new HashMap<>())
        .merge(flowId, 1, Integer::sum);
  }

  /** A join fired: one token of every incoming flow is used up. */
  public void consumeJoinTokens(long scopeKey, String gatewayId) {
    ElementInstance scope = byKey.get(scopeKey);
    Map<String, Integer> flows = scope.joinTokens.get(gatewayId);
    if (flows != null) {
      flows.replaceAll((flow, count) -> count - 1);
      flows.values().removeIf(count -> count <= 0);
      if (flows.isEmpty()) {
        scope.joinTokens.remove(gatewayId);
      }
    }
  }

  public void linkCalledProcess(long callActivityInstanceKey, long childProcessInstanceKey) {
    callLinks.link(callActivityInstanceKey, childProcessInstanceKey);
  }

  @Override
  public ElementInstance instance(long key) {
    return byKey.get(key);
  }

  @Override
  public Collection<Long> children(long scopeKey) {
    Set<Long> children = childrenByScope.get(scopeKey);
    return children == null ? List.of() : List.copyOf(children);
  }

  @Override
  public Collection<ElementInstance> all() {
    return byKey.values();
  }

  @Override
  public long calledProcessOf(long callActivityInstanceKey) {
    return callLinks.childOf(callActivityInstanceKey);
  }

  @Override
  public long callingElementOf(long processInstanceKey) {
    return callLinks.callActivityOf(processInstanceKey);
  }

  void clear() {
    byKey.clear();
    childrenByScope.clear();
    callLinks.clear();
  }
}
