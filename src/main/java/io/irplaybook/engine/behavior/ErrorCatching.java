package io.irplaybook.engine.behavior;

import io.irplaybook.engine.model.EventTrigger;
import io.irplaybook.engine.model.ExecutableActivity;
import io.irplaybook.engine.model.ExecutableBoundaryEvent;
import io.irplaybook.engine.processing.ProcessingContext;
import io.irplaybook.engine.state.ElementInstance;
import java.util.Map;
import java.util.Optional;

/**
 * Finds who catches a BPMN error thrown at an element: an error boundary event with the same code
 * (or one that catches every error) on the element or on an enclosing sub-process, innermost first,
 * continuing through the call activity that started the instance.
 */
public final class ErrorCatching {

  private final ProcessingContext context;
  private final ElementTransitions transitions;

  public ErrorCatching(ProcessingContext context, ElementTransitions transitions) {
    this.context = context;
    this.transitions = transitions;
  }

  /** The boundary event and the activity instance it is attached to. */
  public record Catcher(ExecutableBoundaryEvent boundaryEvent, ElementInstance attachedTo) {}

  public Optional<Catcher> find(ElementInstance thrownAt, String errorCode) {
    for (ElementInstance current = thrownAt; current != null; current = enclosing(current)) {
      if (current.isProcessInstance()) {
        continue; // a called process passes the error on to its call activity, as Zeebe does
      }
      if (!(transitions.elementOf(current) instanceof ExecutableActivity element)) {
        continue; // only activities have boundary events
      }
      Optional<ExecutableBoundaryEvent> exact =
          element.boundaryEvents().stream()
              .filter(b -> b.trigger() == EventTrigger.ERROR && errorCode.equals(b.errorCode()))
              .findFirst();
      Optional<ExecutableBoundaryEvent> any =
          element.boundaryEvents().stream()
              .filter(b -> b.trigger() == EventTrigger.ERROR && b.errorCode() == null)
              .findFirst();
      Optional<ExecutableBoundaryEvent> match = exact.or(() -> any);
      if (match.isPresent()) {
        return Optional.of(new Catcher(match.get(), current));
      }
    }
    return Optional.empty();
  }

  private ElementInstance enclosing(ElementInstance instance) {
    long next =
        instance.isProcessInstance()
            ? context.state().elementInstances().callingElementOf(instance.key())
            : instance.flowScopeKey();
    return context.state().elementInstances().instance(next);
  }

  /**
   * Interrupts the activity and continues at its boundary event, which receives the error's
   * variables.
   */
  public void catchError(Catcher catcher, Map<String, Object> errorVariables) {
    ElementInstance flowScope =
        context.state().elementInstances().instance(catcher.attachedTo().flowScopeKey());
    transitions.terminate(catcher.attachedTo());
    transitions.activateChild(catcher.boundaryEvent(), flowScope, errorVariables);
  }
}
