package io.irplaybook.engine.command;

import io.irplaybook.engine.processing.ProcessingContext;
import io.irplaybook.engine.state.BufferedMessage;
import io.irplaybook.engine.state.event.MessageExpired;
import java.util.function.Consumer;

/**
 * Drops buffered messages whose time to live has run out, run every tick. A message's rows belong
 * to no process instance, so its expiry finishes its own key: the log deletes its rows in that
 * batch.
 */
public final class DueMessages implements Consumer<ProcessingContext> {

  private static final int MAX_PER_TICK = 500;

  @Override
  public void accept(ProcessingContext context) {
    long now = context.now();
    BufferedMessage expired;
    for (int count = 0;
        count < MAX_PER_TICK && (expired = context.state().messages().firstExpired(now)) != null;
        count++) {
      context.emit(new MessageExpired(expired.key()));
      context.instanceFinished(expired.key());
    }
  }
}
