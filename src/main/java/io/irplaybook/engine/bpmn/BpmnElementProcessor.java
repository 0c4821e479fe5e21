package io.irplaybook.engine.bpmn;

import io.irplaybook.engine.model.ExecutableElement;
import io.irplaybook.engine.state.ElementInstance;

/**
 * The behaviour of one BPMN element kind, in the lifecycle every element shares, on the executable
 * type its compiler creates. Shared steps live in {@code engine.behavior}; a processor only decides
 * what is special about its kind, and returns its decisions instead of keeping them between hooks.
 */
public interface BpmnElementProcessor<T extends ExecutableElement> {

  /**
   * Enters the element. Must either fail (the element waits in ACTIVATING with an incident) or mark
   * it activated, and then complete it at once or leave it waiting (for a job, a child, ...). An
   * element that chooses its outgoing flows (a gateway) passes them on when it completes ({@code
   * transitions().completeTaking}); every other element leaves by all its outgoing flows.
   */
  Outcome onActivate(T element, ElementInstance instance);

  /**
   * Leaves the element (output mappings). A failure leaves it waiting in COMPLETING with an
   * incident.
   */
  default Outcome onComplete(T element, ElementInstance instance) {
    return Outcome.SUCCESS;
  }

  /**
   * A child of this container is being left, its variables still there (a multi-instance body
   * collects its output here). Returns the container's decision: a failure holds the child in
   * COMPLETING with an incident; a next step of its own runs once the child is gone (a sequential
   * loop starts its next item); otherwise an empty scope completes.
   */
  default ChildCompletion onChildCompleting(
      T element, ElementInstance scope, ElementInstance child) {
    return ChildCompletion.AS_USUAL;
  }

  /** Cleans up what the element holds outside the instance tree (its job). */
  default void onTerminate(T element, ElementInstance instance) {}
}
