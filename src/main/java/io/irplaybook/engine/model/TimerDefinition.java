package io.irplaybook.engine.model;

import io.irplaybook.engine.expression.Expression;

/** A timer event definition: which of the three BPMN timer kinds, and its static or FEEL value. */
public record TimerDefinition(Type type, Expression value) {

  public enum Type {
    DURATION,
    DATE,
    CYCLE
  }
}
