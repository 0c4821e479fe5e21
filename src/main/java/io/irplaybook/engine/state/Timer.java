package io.irplaybook.engine.state;

/**
 * A scheduled timer. {@code elementInstanceKey} is the instance that waits: the intermediate catch
 * event itself, or for a boundary event the activity it is attached to; {@code elementId} names the
 * timer event (catch or boundary) that the firing continues at.
 *
 * @param repetitions how many firings are left, this one included; -1 means without end
 */
public record Timer(
    long key,
    long elementInstanceKey,
    long processInstanceKey,
    long processDefinitionKey,
    String elementId,
    long dueDate,
    int repetitions,
    long intervalMillis) {}
