package io.irplaybook.engine.state.event;

import io.irplaybook.engine.state.EngineState;
import io.irplaybook.engine.state.Incident;
import io.irplaybook.engine.state.ProcessingState;

/** Something stopped and needs a person; {@code jobKey} is 0 when no job is involved. */
public record IncidentCreated(
    long key,
    String errorType,
    String errorMessage,
    long processInstanceKey,
    long elementInstanceKey,
    String elementId,
    long jobKey)
    implements EngineEvent {

  @Override
  public void applyTo(ProcessingState state) {
    state
        .incidents()
        .put(
            new Incident(
                key,
                errorType,
                errorMessage,
                processInstanceKey,
                elementInstanceKey,
                elementId,
                jobKey,
                state.recordedAt()));
  }

  @Override
  public long processInstanceKey(EngineState state) {
    return processInstanceKey;
  }
}
