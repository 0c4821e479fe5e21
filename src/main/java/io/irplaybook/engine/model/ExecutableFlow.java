package io.irplaybook.engine.model;

import io.irplaybook.engine.expression.Expression;

/** A sequence flow; {@code condition} is null for an unconditional flow. */
public record ExecutableFlow(
    String id, ExecutableElement source, ExecutableElement target, Expression condition) {

  @Override
  public String toString() {
    return "SequenceFlow[" + id + "]";
  }
}
