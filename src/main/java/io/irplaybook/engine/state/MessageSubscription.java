package io.irplaybook.engine.state;

/**
 * An open wait for a message. {@code elementInstanceKey} is the waiting instance: the catch event
 * or receive task itself, or for a boundary event the activity it is attached to; {@code elementId}
 * names the element the correlation continues at.
 */
public record MessageSubscription(
    long key,
    long elementInstanceKey,
    long processInstanceKey,
    long processDefinitionKey,
    String elementId,
    String messageName,
    String correlationKey) {}
