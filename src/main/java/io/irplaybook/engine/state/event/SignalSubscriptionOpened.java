package io.irplaybook.engine.state.event;

import io.irplaybook.engine.state.EngineState;
import io.irplaybook.engine.state.ProcessingState;
import io.irplaybook.engine.state.SignalSubscription;

/** An element began waiting for a signal (its name evaluated on entry). */
public record SignalSubscriptionOpened(
    long key,
    long elementInstanceKey,
    long processInstanceKey,
    long processDefinitionKey,
    String elementId,
    String signalName)
    implements EngineEvent {

  @Override
  public void applyTo(ProcessingState state) {
    state
        .signals()
        .open(
            new SignalSubscription(
                key,
                elementInstanceKey,
                processInstanceKey,
                processDefinitionKey,
                elementId,
                signalName));
  }

  @Override
  public long processInstanceKey(EngineState state) {
    return processInstanceKey;
  }
}
