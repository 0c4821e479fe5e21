package io.irplaybook.engine.model;

import io.irplaybook.engine.expression.Expression;

/**
 * A business rule task's {@code zeebe:calledDecision}: the decision id (static or FEEL) and where
 * the result goes.
 */
public record CalledDecision(Expression decisionId, String resultVariable) {}
