package io.irplaybook.engine.state;

import io.irplaybook.engine.state.event.EngineEvent;

/**
 * An event on its way to the log, with the process instance it belongs to (-1 for none) and the
 * time it was recorded (epoch milliseconds), which replay hands to the state again.
 */
public record StoredEvent(EngineEvent event, long processInstanceKey, long recordedAt) {}
