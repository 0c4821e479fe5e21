package io.irplaybook.engine.state;

/**
 * An element instance that was left, kept for element-instance and process-instance searches.
 *
 * @param completed true when completed, false when terminated
 * @param startDate epoch milliseconds of its activation
 * @param endDate epoch milliseconds of its completion or termination
 */
public record FinishedElement(
    long key,
    long processInstanceKey,
    long processDefinitionKey,
    String elementId,
    long flowScopeKey,
    boolean completed,
    long startDate,
    long endDate) {}
