package io.irplaybook.engine.state;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Message subscriptions, buffered messages (sorted by deadline, so expiry looks only at the head)
 * and the instances message start events started per correlation key. Changed by message events
 * only.
 */
public final class Messages implements MessageIndex {

  private final Map<Long, MessageSubscription> subscriptions = new HashMap<>();
  private final Map<String, Map<Long, MessageSubscription>> subscriptionsByName = new HashMap<>();
  private final Map<Long, Map<Long, MessageSubscription>> subscriptionsByInstance = new HashMap<>();
  private final Map<Long, BufferedMessage> messages = new HashMap<>();
  private final Map<String, Map<Long, BufferedMessage>> messagesByName = new HashMap<>();
  private final TreeSet<BufferedMessage> byDeadline =
      new TreeSet<>(
          Comparator.comparingLong(BufferedMessage::deadline)
              .thenComparingLong(BufferedMessage::key));
  private final Map<Long, Set<Long>> correlatedInstances = new HashMap<>();
  private final Map<String, Long> startedByCorrelationKey = new HashMap<>();
  private final Map<Long, String> startKeyByInstance = new HashMap<>();

  private static String index(String name, String correlationKey) {
    return name + '\u0000' + correlationKey;
  }

  public void openSubscription(MessageSubscription subscription) {
    subscriptions.put(subscription.key(), subscription);
    subscriptionsByName
        .computeIfAbsent(
            index(subscription.messageName(), subscription.correlationKey()),
            k -> new LinkedHashMap<>())
        .put(subscription.key(), subscription);
    subscriptionsByInstance
        .computeIfAbsent(subscription.elementInstanceKey(), k -> new LinkedHashMap<>())
        .put(subscription.key(), subscription);
  }

  public void closeSubscription(long key) {
    MessageSubscription subscription = subscriptions.remove(key);
    if (subscription != null) {
      removeFrom(
          subscriptionsByName,
          index(subscription.messageName(), subscription.correlationKey()),
          key);
      removeFrom(subscriptionsByInstance, subscription.elementInstanceKey(), key);
    }
  }

  public void buffer(BufferedMessage message) {
    messages.put(message.key(), message);
    messagesByName
        .computeIfAbsent(
            index(message.name(), message.correlationKey()), k -> new LinkedHashMap<>())
        .put(message.key(), message);
    byDeadline.add(message);
  }

  public void removeMessage(long key) {
    BufferedMessage message = messages.remove(key);
    if (message != null) {
      removeFrom(messagesByName, index(message.name(), message.correlationKey()), key);
      byDeadline.remove(message);
      correlatedInstances.remove(key);
    }
  }

  public void markCorrelated(long messageKey, long processInstanceKey) {
    correlatedInstances.computeIfAbsent(messageKey, k -> new HashSet<>()).add(processInstanceKey);
  }

  public void startedBy(String bpmnProcessId, String correlationKey, long processInstanceKey) {
    String startKey = index(bpmnProcessId, correlationKey);
    startedByCorrelationKey.put(startKey, processInstanceKey);
    startKeyByInstance.put(processInstanceKey, startKey);
  }

  public void instanceEnded(long processInstanceKey) {
    String startKey = startKeyByInstance.remove(processInstanceKey);
    if (startKey != null) {
      startedByCorrelationKey.remove(startKey);
    }
  }

  void clear() {
    List.of(
            subscriptions,
            subscriptionsByName,
            subscriptionsByInstance,
            messages,
            messagesByName,
            correlatedInstances,
            startedByCorrelationKey,
            startKeyByInstance)
        .forEach(Map::clear);
    byDeadline.clear();
  }

  private static <K, V> void removeFrom(Map<K, Map<Long, V>> index, K indexKey, long key) {
    Map<Long, V> entries = index.get(indexKey);
    if (entries != null) {
      entries.remove(key);
      if (entries.isEmpty()) {
        index.remove(indexKey);
      }
    }
  }

  @Override
  public Collection<MessageSubscription> subscriptions(String messageName, String correlationKey) {
    Map<Long, MessageSubscription> found =
        subscriptionsByName.get(index(messageName, correlationKey));
    return found == null ? List.of() : List.copyOf(found.values());
  }

  @Override
  public Collection<MessageSubscription> subscriptionsOf(long elementInstanceKey) {
    Map<Long, MessageSubscription> found = subscriptionsByInstance.get(elementInstanceKey);
    return found == null ? List.of() : List.copyOf(found.values());
  }

  @Override
  public Collection<BufferedMessage> buffered(String messageName, String correlationKey) {
    Map<Long, BufferedMessage> found = messagesByName.get(index(messageName, correlationKey));
    return found == null ? List.of() : List.copyOf(found.values());
  }

  @Override
  public boolean hasMessageId(String messageName, String correlationKey, String messageId) {
    return buffered(messageName, correlationKey).stream()
        .anyMatch(m -> messageId.equals(m.messageId()));
  }

  @Override
  public boolean correlated(long messageKey, long processInstanceKey) {
    return correlatedInstances.getOrDefault(messageKey, Set.of()).contains(processInstanceKey);
  }

  @Override
  public BufferedMessage firstExpired(long now) {
    return byDeadline.isEmpty() || byDeadline.first().deadline() > now ? null : byDeadline.first();
  }

  @Override
  public long startedInstance(String bpmnProcessId, String correlationKey) {
    return startedByCorrelationKey.getOrDefault(index(bpmnProcessId, correlationKey), -1L);
  }

  @Override
  public boolean startedByMessage(long processInstanceKey) {
    return startKeyByInstance.containsKey(processInstanceKey);
  }
}
