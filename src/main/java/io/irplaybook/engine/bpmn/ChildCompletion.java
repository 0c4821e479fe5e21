package io.irplaybook.engine.bpmn;

/**
 * What a container decides while one of its children is being left: the child stays with an
 * incident ({@link #failed}), the container goes on as any scope does ({@link #AS_USUAL}: it
 * completes once nothing is left in it), or it runs a step of its own once the child is gone
 * ({@link #then}: a sequential loop starts its next item). The decision is returned and passed on
 * by the transitions, so no processor keeps it between the two moments.
 */
public record ChildCompletion(Outcome outcome, Runnable next) {

  public static final ChildCompletion AS_USUAL = new ChildCompletion(Outcome.SUCCESS, null);

  public static ChildCompletion failed(Outcome failure) {
    return new ChildCompletion(failure, null);
  }

  /** The container decides what follows; {@code next} runs after the child is gone. */
  public static ChildCompletion then(Runnable next) {
    return new ChildCompletion(Outcome.SUCCESS, next);
  }

  public boolean failed() {
    return outcome.failed();
  }

  /** Whether the container decides itself what follows the child. */
  public boolean decidesNext() {
    return next != null;
  }
}
