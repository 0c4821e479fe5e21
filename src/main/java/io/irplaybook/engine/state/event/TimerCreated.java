package io.irplaybook.engine.state.event;

import io.irplaybook.engine.state.EngineState;
import io.irplaybook.engine.state.ProcessingState;
import io.irplaybook.engine.state.Timer;

/**
 * A timer was scheduled (a timer event was entered, an activity with a timer boundary, or a cycle
 * repeats).
 */
public record TimerCreated(
    long key,
    long elementInstanceKey,
    long processInstanceKey,
    long processDefinitionKey,
    String elementId,
    long dueDate,
    int repetitions,
    long intervalMillis)
    implements EngineEvent {

  @Override
  public void applyTo(ProcessingState state) {
    state
        .timers()
        .put(
            new Timer(
                key,
                elementInstanceKey,
                processInstanceKey,
                processDefinitionKey,
                elementId,
                dueDate,
                repetitions,
                intervalMillis));
  }

  @Override
  public long processInstanceKey(EngineState state) {
    return processInstanceKey;
  }
}
