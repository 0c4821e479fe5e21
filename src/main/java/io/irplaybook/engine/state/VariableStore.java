package io.irplaybook.engine.state;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Variables by scope, with their keys. Lookups walk outwards along the element instances' flow
 * scopes, which the {@link ElementInstances} own.
 */
public final class VariableStore implements Variables {

  private final ElementInstances instances;
  private final Map<Long, Map<String, Object>> byScope = new HashMap<>();
  private final Map<Long, Map<String, Long>> keysByScope = new HashMap<>();

  VariableStore(ElementInstances instances) {
    this.instances = instances;
  }

  public void set(long scopeKey, String name, Object value, long variableKey) {
    byScope.computeIfAbsent(scopeKey, k -> new LinkedHashMap<>()).put(name, value);
    keysByScope.computeIfAbsent(scopeKey, k -> new HashMap<>()).put(name, variableKey);
  }

  /** The scope ended: its variables go. Returns them (null when it had none). */
  public Map<String, Object> removeScope(long scopeKey) {
    keysByScope.remove(scopeKey);
    return byScope.remove(scopeKey);
  }

  @Override
  public long key(long scopeKey, String name) {
    Map<String, Long> keys = keysByScope.get(scopeKey);
    Long key = keys == null ? null : keys.get(name);
    return key == null ? 0 : key;
  }

  @Override
  public Collection<Long> scopes() {
    return byScope.keySet();
  }

  @Override
  public Map<String, Object> local(long scopeKey) {
    Map<String, Object> local = byScope.get(scopeKey);
    return local == null ? Map.of() : Collections.unmodifiableMap(local);
  }

  @Override
  public Map<String, Object> visible(long scopeKey) {
    List<Map<String, Object>> chain = new ArrayList<>();
    for (ElementInstance scope = instances.instance(scopeKey);
        scope != null;
        scope = instances.instance(scope.flowScopeKey())) {
      Map<String, Object> local = byScope.get(scope.key());
      if (local != null) {
        chain.add(local);
      }
    }
    Map<String, Object> visible = new HashMap<>();
    for (int i = chain.size() - 1; i >= 0; i--) {
      visible.putAll(chain.get(i));
    }
    return visible;
  }

  @Override
  public long scopeDefining(long scopeKey, String name) {
    for (ElementInstance scope = instances.instance(scopeKey);
        scope != null;
        scope = instances.instance(scope.flowScopeKey())) {
      Map<String, Object> local = byScope.get(scope.key());
      if (local != null && local.containsKey(name)) {
        return scope.key();
      }
    }
    return -1;
  }

  void clear() {
    byScope.clear();
    keysByScope.clear();
  }
}
