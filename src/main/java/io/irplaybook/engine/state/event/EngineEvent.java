package io.irplaybook.engine.state.event;

import io.irplaybook.engine.state.MutableState;

/**
 * A fact the engine recorded. Processors emit events; each event applies itself to the state, and
 * replaying the stored events in order after a restart rebuilds exactly the same state.
 */
public interface EngineEvent {

  void applyTo(MutableState state);
}
