package io.irplaybook.engine.rest;

import io.irplaybook.engine.command.StateQuery;
import io.irplaybook.engine.processing.Command;
import io.irplaybook.engine.processing.CommandProcessor;
import io.irplaybook.engine.processing.Rejection;
import io.irplaybook.engine.processing.Responder;
import io.irplaybook.engine.state.EngineState;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Hands commands and queries to the processor and waits for their answer on the HTTP thread; a
 * rejection becomes the problem detail Camunda answers for it.
 */
final class EngineCalls {

  private static final long TIMEOUT_SECONDS = 30;

  private final CommandProcessor processor;

  EngineCalls(CommandProcessor processor) {
    this.processor = processor;
  }

  /** Submits a command built around a responder and waits for its answer. */
  <T> T send(String commandName, Function<Responder<T>, Command> command) {
    FutureResponder<T> responder = new FutureResponder<>();
    processor.submit(command.apply(responder));
    try {
      return responder.future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Rejected rejected) {
        throw problem(commandName, rejected.rejection);
      }
      throw new IllegalStateException(e.getCause());
    } catch (TimeoutException e) {
      throw new RestProblem(
          504,
          "DEADLINE_EXCEEDED",
          "Expected the engine to answer " + commandName + " within 30 s, but it did not");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RestProblem(503, "UNAVAILABLE", "Expected an answer, but the call was stopped");
    }
  }

  /** Reads the state on the processing thread; the reader must return copies. */
  <T> T query(String name, Function<EngineState, T> reader) {
    return send(name, responder -> new StateQuery<>(name, reader, responder));
  }

  private static RestProblem problem(String commandName, Rejection rejection) {
    int status =
        switch (rejection.type()) {
          case NOT_FOUND -> 404;
          case INVALID_ARGUMENT -> 400;
          case INVALID_STATE, ALREADY_EXISTS -> 409;
          case UNAVAILABLE -> 503;
          case INTERNAL -> 500;
        };
    return new RestProblem(
        status,
        rejection.type().name(),
        "Command '"
            + commandName
            + "' rejected with code '"
            + rejection.type()
            + "': "
            + rejection.message());
  }

  private static final class Rejected extends RuntimeException {
    private final Rejection rejection;

    Rejected(Rejection rejection) {
      super(rejection.message(), null, false, false);
      this.rejection = rejection;
    }
  }

  private static final class FutureResponder<T> implements Responder<T> {
    private final CompletableFuture<T> future = new CompletableFuture<>();

    @Override
    public void succeed(T response) {
      future.complete(response);
    }

    @Override
    public void reject(Rejection rejection) {
      future.completeExceptionally(new Rejected(rejection));
    }
  }
}
