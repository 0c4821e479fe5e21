package io.irplaybook.engine.state.event;

import io.irplaybook.engine.state.EngineState;
import io.irplaybook.engine.state.ProcessingState;

/**
 * A fact the engine recorded. Processors emit events; each event applies itself to the state, and
 * replaying the stored events in order after a restart rebuilds exactly the same state.
 */
public interface EngineEvent {

  void applyTo(ProcessingState state);

  /**
   * The process instance the event belongs to, read from the state before the event is applied; -1
   * for events that outlive instances (deployments). A finished instance's events are deleted from
   * the log, which keeps restart time proportional to the work still running.
   */
  default long processInstanceKey(EngineState state) {
    return -1;
  }
}
