package io.irplaybook.engine.bpmn;

import io.irplaybook.engine.model.ExecutableElement;
import io.irplaybook.engine.model.ExecutableFlow;
import io.irplaybook.engine.state.ElementInstance;
import java.util.List;

/**
 * The behaviour of one BPMN element kind, in the lifecycle every element shares. Shared steps live
 * in {@code engine.behavior}; a processor only decides what is special about its kind.
 */
public interface BpmnElementProcessor {

  /**
   * Enters the element. Must either fail (the element waits in ACTIVATING with an incident) or mark
   * it activated, and then complete it at once or leave it waiting (for a job, a child, ...).
   */
  Outcome onActivate(ExecutableElement element, ElementInstance instance);

  /**
   * Leaves the element (output mappings). A failure leaves it waiting in COMPLETING with an
   * incident.
   */
  default Outcome onComplete(ExecutableElement element, ElementInstance instance) {
    return Outcome.SUCCESS;
  }

  /**
   * A child of this container is being left, its variables still there (a multi-instance body
   * collects its output here). A failure holds the child in COMPLETING with an incident.
   */
  default Outcome onChildCompleting(
      ExecutableElement element, ElementInstance scope, ElementInstance child) {
    return Outcome.SUCCESS;
  }

  /**
   * A child without outgoing flows was left. Returns true when the container decides itself what
   * follows (a sequential loop starts its next item); false lets an empty scope complete.
   */
  default boolean onChildCompleted(ExecutableElement element, ElementInstance scope) {
    return false;
  }

  /** Cleans up what the element holds outside the instance tree (its job). */
  default void onTerminate(ExecutableElement element, ElementInstance instance) {}

  /** The flows to take after completion; an exclusive gateway takes only the one it chose. */
  default List<ExecutableFlow> outgoingFlows(ExecutableElement element, ElementInstance instance) {
    return element.outgoing();
  }
}
