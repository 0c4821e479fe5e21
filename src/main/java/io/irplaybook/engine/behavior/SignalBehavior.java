package io.irplaybook.engine.behavior;

import io.irplaybook.engine.bpmn.Outcome;
import io.irplaybook.engine.expression.EvaluationResult;
import io.irplaybook.engine.model.ExecutableBoundaryEvent;
import io.irplaybook.engine.model.ExecutableCatchEvent;
import io.irplaybook.engine.model.ExecutableElement;
import io.irplaybook.engine.processing.ProcessingContext;
import io.irplaybook.engine.state.ElementInstance;
import io.irplaybook.engine.state.ElementState;
import io.irplaybook.engine.state.SignalSubscription;
import io.irplaybook.engine.state.event.SignalSubscriptionClosed;
import io.irplaybook.engine.state.event.SignalSubscriptionOpened;
import java.util.Map;

/**
 * Signal subscriptions of catch and boundary events. Unlike a message, a broadcast signal reaches
 * every open subscription, in every instance, and is not kept for subscriptions opened later.
 */
public final class SignalBehavior {

  private final Behaviors behaviors;

  public SignalBehavior(Behaviors behaviors) {
    this.behaviors = behaviors;
  }

  private ProcessingContext context() {
    return behaviors.context();
  }

  /** A subscription about to be opened, or the incident that evaluating its name causes. */
  public record Prepared(SignalSubscriptionOpened event, Outcome failure) {}

  public Prepared prepare(ExecutableCatchEvent element, ElementInstance waiting) {
    EvaluationResult name =
        behaviors
            .expressions()
            .evaluate(element.signalName(), context().state().variables().visible(waiting.key()));
    if (name.isFailure() || !(name.value() instanceof String signalName) || signalName.isBlank()) {
      String message =
          name.isFailure()
              ? name.failure()
              : "Expected result of the expression '"
                  + element.signalName().source()
                  + "' to be a non-empty STRING, but was '"
                  + name.value()
                  + "'";
      return new Prepared(null, Outcome.failure(Outcome.EXTRACT_VALUE_ERROR, message));
    }
    return new Prepared(
        new SignalSubscriptionOpened(
            context().nextKey(),
            waiting.key(),
            waiting.processInstanceKey(),
            waiting.processDefinitionKey(),
            element.id(),
            signalName),
        null);
  }

  /** Opens a prepared subscription, unless an activation step re-run finds it open already. */
  public void open(Prepared prepared) {
    SignalSubscriptionOpened event = prepared.event();
    boolean open =
        context().state().signals().subscriptionsOf(event.elementInstanceKey()).stream()
            .anyMatch(s -> s.elementId().equals(event.elementId()));
    if (!open) {
      context().emit(event);
    }
  }

  public void closeAll(ElementInstance instance) {
    for (SignalSubscription subscription :
        context().state().signals().subscriptionsOf(instance.key())) {
      context()
          .emit(
              new SignalSubscriptionClosed(subscription.key(), subscription.processInstanceKey()));
    }
  }

  /** Continues at the subscribed element with the signal's variables, as a message would. */
  public void trigger(SignalSubscription subscription, Map<String, Object> variables) {
    ElementInstance waiting =
        context().state().elementInstances().instance(subscription.elementInstanceKey());
    ExecutableElement element =
        context()
            .state()
            .processes()
            .process(subscription.processDefinitionKey())
            .executable()
            .element(subscription.elementId());
    boolean boundary = element instanceof ExecutableBoundaryEvent;
    if (waiting == null
        || !(waiting.state() == ElementState.ACTIVATED
            || boundary && waiting.state() == ElementState.ACTIVATING)) {
      return; // left earlier in this broadcast, e.g. interrupted by another boundary event
    }
    if (boundary) {
      new BoundaryTriggering(behaviors)
          .trigger((ExecutableBoundaryEvent) element, waiting, variables);
    } else {
      behaviors.variables().setLocal(waiting.key(), variables);
      behaviors.transitions().complete(waiting);
    }
  }
}
