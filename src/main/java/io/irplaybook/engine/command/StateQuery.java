package io.irplaybook.engine.command;

import io.irplaybook.engine.processing.Command;
import io.irplaybook.engine.processing.ProcessingContext;
import io.irplaybook.engine.processing.Rejection;
import io.irplaybook.engine.processing.Responder;
import io.irplaybook.engine.state.EngineState;
import java.util.function.Function;

/**
 * Reads the state on the processing thread, the only thread that may, and answers after the batch
 * it ran in is committed: a search sees every command acknowledged before it. The reader must copy
 * what it returns, since the state changes right after.
 */
public final class StateQuery<T> implements Command {

  private final String name;
  private final Function<EngineState, T> reader;
  private final Responder<T> responder;

  public StateQuery(String name, Function<EngineState, T> reader, Responder<T> responder) {
    this.name = name;
    this.reader = reader;
    this.responder = responder;
  }

  /** A reader refuses a malformed query with an IllegalArgumentException; nothing has changed. */
  @Override
  public void process(ProcessingContext context) {
    T result;
    try {
      result = reader.apply(context.state());
    } catch (IllegalArgumentException refused) {
      context.reject(responder, Rejection.invalidArgument(refused.getMessage()));
      return;
    }
    context.respond(responder, result);
  }

  @Override
  public void abandon(Rejection rejection) {
    responder.reject(rejection);
  }

  @Override
  public String toString() {
    return "StateQuery[" + name + "]";
  }
}
