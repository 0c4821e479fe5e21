package io.irplaybook.engine.model;

import io.irplaybook.engine.expression.Expression;

/**
 * One {@code zeebe:input} or {@code zeebe:output}: the FEEL source and the target variable, which
 * may be a dotted path into an object ({@code order.total}).
 */
public record VariableMapping(Expression source, String target) {}
