package io.irplaybook.engine.state;

/**
 * A stop that needs a person: the element or job it holds and why.
 *
 * @param jobKey the job that raised it, or 0 when the element itself could not go on
 * @param creationTime epoch milliseconds
 */
public record Incident(
    long key,
    String errorType,
    String errorMessage,
    long processInstanceKey,
    long elementInstanceKey,
    String elementId,
    long jobKey,
    long creationTime) {}
