package io.irplaybook.engine.state.event;

import io.irplaybook.engine.state.BufferedMessage;
import io.irplaybook.engine.state.EngineState;
import io.irplaybook.engine.state.ProcessingState;
import java.util.Map;

/**
 * A message with a time to live was buffered. Its rows are grouped under its own key (it belongs to
 * no process instance), so its expiry deletes them and the log does not grow with old messages.
 */
public record MessagePublished(
    long key,
    String name,
    String correlationKey,
    Map<String, Object> variables,
    String messageId,
    long deadline)
    implements EngineEvent {

  @Override
  public void applyTo(ProcessingState state) {
    state
        .messages()
        .buffer(new BufferedMessage(key, name, correlationKey, variables, messageId, deadline));
  }

  @Override
  public long processInstanceKey(EngineState state) {
    return key;
  }
}
