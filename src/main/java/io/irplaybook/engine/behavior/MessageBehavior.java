package io.irplaybook.engine.behavior;

import io.irplaybook.engine.bpmn.Outcome;
import io.irplaybook.engine.expression.EvaluationResult;
import io.irplaybook.engine.expression.Expression;
import io.irplaybook.engine.model.ExecutableBoundaryEvent;
import io.irplaybook.engine.model.ExecutableElement;
import io.irplaybook.engine.model.MessageCatching;
import io.irplaybook.engine.processing.ProcessingContext;
import io.irplaybook.engine.state.BufferedMessage;
import io.irplaybook.engine.state.ElementInstance;
import io.irplaybook.engine.state.ElementState;
import io.irplaybook.engine.state.MessageSubscription;
import io.irplaybook.engine.state.event.MessageCorrelated;
import io.irplaybook.engine.state.event.MessageSubscriptionClosed;
import io.irplaybook.engine.state.event.MessageSubscriptionOpened;
import java.util.Map;

/**
 * Message subscriptions of catch events, receive tasks and boundary events: opening one (name and
 * correlation key evaluated in the waiting element's scope), closing them when the element leaves,
 * and correlating a message, which continues at the subscribed element with the message's
 * variables.
 */
public final class MessageBehavior {

  private final Behaviors behaviors;

  public MessageBehavior(Behaviors behaviors) {
    this.behaviors = behaviors;
  }

  private ProcessingContext context() {
    return behaviors.context();
  }

  /** A subscription about to be opened, or the incident that evaluating it causes. */
  public record Prepared(MessageSubscriptionOpened event, Outcome failure) {}

  public Prepared prepare(MessageCatching element, ElementInstance waiting) {
    Map<String, Object> variables = context().state().variables().visible(waiting.key());
    EvaluationResult name = behaviors.expressions().evaluate(element.message().name(), variables);
    if (name.isFailure()
        || !(name.value() instanceof String messageName)
        || messageName.isBlank()) {
      return failed(element.message().name(), name, "a non-empty STRING");
    }
    Expression keyExpression = element.message().correlationKey();
    EvaluationResult key = behaviors.expressions().evaluate(keyExpression, variables);
    // Zeebe accepts a string or a number as correlation key; a number is matched by its text
    if (key.isFailure() || !(key.value() instanceof String || key.value() instanceof Number)) {
      return failed(keyExpression, key, "a STRING or NUMBER (the correlation key)");
    }
    return new Prepared(
        new MessageSubscriptionOpened(
            context().nextKey(),
            waiting.key(),
            waiting.processInstanceKey(),
            waiting.processDefinitionKey(),
            element.id(),
            messageName,
            String.valueOf(key.value())),
        null);
  }

  /**
   * Opens a prepared subscription (unless open already) and takes a buffered message waiting for
   * it.
   */
  public void open(Prepared prepared) {
    MessageSubscriptionOpened event = prepared.event();
    boolean open =
        context().state().messages().subscriptionsOf(event.elementInstanceKey()).stream()
            .anyMatch(s -> s.elementId().equals(event.elementId()));
    if (open) {
      return;
    }
    context().emit(event);
    context().followUp(() -> correlateBuffered(event));
  }

  /**
   * A message published before the subscription opened, still within its time to live, arrives now.
   */
  private void correlateBuffered(MessageSubscriptionOpened opened) {
    MessageSubscription subscription =
        context().state().messages().subscriptionsOf(opened.elementInstanceKey()).stream()
            .filter(s -> s.key() == opened.key())
            .findFirst()
            .orElse(null);
    if (subscription == null) {
      return; // the element left before its turn came
    }
    for (BufferedMessage message :
        context()
            .state()
            .messages()
            .buffered(subscription.messageName(), subscription.correlationKey())) {
      if (!context().state().messages().correlated(message.key(), subscription.processInstanceKey())
          && correlate(subscription, message.variables())) {
        context().emit(new MessageCorrelated(message.key(), subscription.processInstanceKey()));
        return;
      }
    }
  }

  public void closeAll(ElementInstance instance) {
    for (MessageSubscription subscription :
        context().state().messages().subscriptionsOf(instance.key())) {
      context()
          .emit(
              new MessageSubscriptionClosed(subscription.key(), subscription.processInstanceKey()));
    }
  }

  /**
   * Delivers a message to a subscription. A catch event or receive task gets the variables as its
   * local variables and completes (its output mappings, or propagation, move them on); a boundary
   * event is triggered. Returns false when the waiting element cannot take a message now.
   */
  public boolean correlate(MessageSubscription subscription, Map<String, Object> variables) {
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
      return false;
    }
    if (boundary) {
      new BoundaryTriggering(behaviors)
          .trigger((ExecutableBoundaryEvent) element, waiting, variables);
    } else {
      behaviors.variables().setLocal(waiting.key(), variables);
      behaviors.transitions().complete(waiting);
    }
    return true;
  }

  private static Prepared failed(Expression expression, EvaluationResult result, String expected) {
    String message =
        result.isFailure()
            ? result.failure()
            : "Expected result of the expression '"
                + expression.source()
                + "' to be "
                + expected
                + ", but was '"
                + result.value()
                + "'"
                + (result.hint() == null ? "" : " (" + result.hint() + ")");
    return new Prepared(null, Outcome.failure(Outcome.EXTRACT_VALUE_ERROR, message));
  }
}
