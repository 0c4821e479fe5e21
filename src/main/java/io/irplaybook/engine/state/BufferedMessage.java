package io.irplaybook.engine.state;

import java.util.Map;

/**
 * A published message kept for its time to live, so subscriptions opened later can still receive
 * it.
 */
public record BufferedMessage(
    long key,
    String name,
    String correlationKey,
    Map<String, Object> variables,
    String messageId,
    long deadline) {}
