package io.irplaybook.engine.processing;

/** One request to the engine, processed on the engine's single processing thread. */
public interface Command {

  /** Validates, emits events and schedules the answer with {@link ProcessingContext#respond}. */
  void process(ProcessingContext context);

  /** The command's events could not be stored: answer with the rejection instead. */
  void abandon(Rejection rejection);
}
