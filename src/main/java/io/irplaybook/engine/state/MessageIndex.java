package io.irplaybook.engine.state;

import java.util.Collection;

/** Read-only view of message subscriptions and buffered messages. */
public interface MessageIndex {

  /** Open subscriptions for a message name and correlation key, oldest first. */
  Collection<MessageSubscription> subscriptions(String messageName, String correlationKey);

  Collection<MessageSubscription> subscriptionsOf(long elementInstanceKey);

  /** Buffered messages with this name and correlation key, oldest first. */
  Collection<BufferedMessage> buffered(String messageName, String correlationKey);

  /**
   * Whether a buffered message with this name, correlation key and id exists (messageId
   * uniqueness).
   */
  boolean hasMessageId(String messageName, String correlationKey, String messageId);

  /**
   * Whether the buffered message was correlated to the process instance already (once per
   * instance).
   */
  boolean correlated(long messageKey, long processInstanceKey);

  /** The buffered message expiring first, if its deadline has passed; null otherwise. */
  BufferedMessage firstExpired(long now);

  /**
   * The active instance a message start event started for this process and correlation key, or -1.
   */
  long startedInstance(String bpmnProcessId, String correlationKey);

  /** Whether a message start event with a correlation key started this process instance. */
  boolean startedByMessage(long processInstanceKey);
}
