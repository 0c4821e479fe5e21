package io.irplaybook.engine.state;

/**
 * An open wait for a signal: {@code elementInstanceKey} is the catch event itself, or for a
 * boundary event the activity it is attached to; {@code elementId} names the element a broadcast
 * continues at.
 */
public record SignalSubscription(
    long key,
    long elementInstanceKey,
    long processInstanceKey,
    long processDefinitionKey,
    String elementId,
    String signalName) {}
