package io.irplaybook.engine.model;

import io.irplaybook.engine.expression.Expression;

/**
 * The message an event or receive task waits for: its name (static or FEEL) and the {@code
 * zeebe:subscription correlationKey} (FEEL, evaluated when the subscription opens; null on a
 * message start event without one).
 */
public record MessageDefinition(Expression name, Expression correlationKey) {}
