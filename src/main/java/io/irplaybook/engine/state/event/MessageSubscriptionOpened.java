package io.irplaybook.engine.state.event;

import io.irplaybook.engine.state.EngineState;
import io.irplaybook.engine.state.MessageSubscription;
import io.irplaybook.engine.state.ProcessingState;

/** An element began waiting for a message (name and correlation key evaluated on entry). */
public record MessageSubscriptionOpened(
    long key,
    long elementInstanceKey,
    long processInstanceKey,
    long processDefinitionKey,
    String elementId,
    String messageName,
    String correlationKey)
    implements EngineEvent {

  @Override
  public void applyTo(ProcessingState state) {
    state
        .messages()
        .openSubscription(
            new MessageSubscription(
                key,
                elementInstanceKey,
                processInstanceKey,
                processDefinitionKey,
                elementId,
                messageName,
                correlationKey));
  }

  @Override
  public long processInstanceKey(EngineState state) {
    return processInstanceKey;
  }
}
