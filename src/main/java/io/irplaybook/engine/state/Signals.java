package io.irplaybook.engine.state;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Open signal subscriptions by signal name and by waiting element. Changed by signal events only.
 */
public final class Signals implements SignalIndex {

  private final Map<Long, SignalSubscription> byKey = new HashMap<>();
  private final Map<String, Map<Long, SignalSubscription>> byName = new HashMap<>();
  private final Map<Long, Map<Long, SignalSubscription>> byElementInstance = new HashMap<>();

  public void open(SignalSubscription subscription) {
    byKey.put(subscription.key(), subscription);
    byName
        .computeIfAbsent(subscription.signalName(), k -> new LinkedHashMap<>())
        .put(subscription.key(), subscription);
    byElementInstance
        .computeIfAbsent(subscription.elementInstanceKey(), k -> new LinkedHashMap<>())
        .put(subscription.key(), subscription);
  }

  public void close(long key) {
    SignalSubscription subscription = byKey.remove(key);
    if (subscription != null) {
      removeFrom(byName, subscription.signalName(), key);
      removeFrom(byElementInstance, subscription.elementInstanceKey(), key);
    }
  }

  void clear() {
    byKey.clear();
    byName.clear();
    byElementInstance.clear();
  }

  private static <K> void removeFrom(
      Map<K, Map<Long, SignalSubscription>> index, K indexKey, long key) {
    Map<Long, SignalSubscription> entries = index.get(indexKey);
    if (entries != null) {
      entries.remove(key);
      if (entries.isEmpty()) {
        index.remove(indexKey);
      }
    }
  }

  @Override
  public Collection<SignalSubscription> subscriptions(String signalName) {
    Map<Long, SignalSubscription> found = byName.get(signalName);
    return found == null ? List.of() : List.copyOf(found.values());
  }

  @Override
  public Collection<SignalSubscription> subscriptionsOf(long elementInstanceKey) {
    Map<Long, SignalSubscription> found = byElementInstance.get(elementInstanceKey);
    return found == null ? List.of() : List.copyOf(found.values());
  }
}
