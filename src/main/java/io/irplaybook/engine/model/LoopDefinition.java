package io.irplaybook.engine.model;

import io.irplaybook.engine.expression.Expression;

/**
 * A {@code bpmn:multiInstanceLoopCharacteristics} with its {@code zeebe:loopCharacteristics}.
 * {@code inputElement}, {@code outputCollection}, {@code outputElement} and {@code
 * completionCondition} are optional (null when absent).
 */
public record LoopDefinition(
    boolean sequential,
    Expression inputCollection,
    String inputElement,
    String outputCollection,
    Expression outputElement,
    Expression completionCondition) {}
