package io.irplaybook.engine.model;

import io.irplaybook.engine.expression.Expression;

/**
 * A start or intermediate catch event: what it waits for ({@link #trigger()}) and the definition of
 * that trigger. A none start event waits for nothing.
 */
public sealed class ExecutableCatchEvent extends ExecutableElement implements MessageCatching
    permits ExecutableBoundaryEvent {

  EventTrigger trigger = EventTrigger.NONE;
  TimerDefinition timer;
  MessageDefinition message;
  Expression signalName;

  ExecutableCatchEvent(String id, String name, ElementKind kind, ExecutableElement flowScope) {
    super(id, name, kind, flowScope);
  }

  public EventTrigger trigger() {
    return trigger;
  }

  /** For timer events: when it fires. */
  public TimerDefinition timer() {
    return timer;
  }

  /** For message events: the message waited for. */
  @Override
  public MessageDefinition message() {
    return message;
  }

  /** For signal events: the signal's name (static or FEEL). */
  public Expression signalName() {
    return signalName;
  }
}
