package io.irplaybook.engine.model;

import io.irplaybook.engine.expression.Expression;

/**
 * A call activity's {@code zeebe:calledElement}: the process id (static or FEEL) and which
 * variables cross into the child and back. Both flags default to true, as in Zeebe.
 */
public record CalledElement(
    Expression processId,
    boolean propagateAllChildVariables,
    boolean propagateAllParentVariables) {}
