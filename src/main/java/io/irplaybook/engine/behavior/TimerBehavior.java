package io.irplaybook.engine.behavior;

import io.irplaybook.engine.bpmn.Outcome;
import io.irplaybook.engine.expression.EvaluationResult;
import io.irplaybook.engine.model.ExecutableBoundaryEvent;
import io.irplaybook.engine.model.ExecutableCatchEvent;
import io.irplaybook.engine.model.ExecutableElement;
import io.irplaybook.engine.model.TimerDefinition;
import io.irplaybook.engine.model.TimerSchedule;
import io.irplaybook.engine.processing.ProcessingContext;
import io.irplaybook.engine.state.ElementInstance;
import io.irplaybook.engine.state.ElementState;
import io.irplaybook.engine.state.Timer;
import io.irplaybook.engine.state.event.TimerCanceled;
import io.irplaybook.engine.state.event.TimerCreated;
import io.irplaybook.engine.state.event.TimerTriggered;
import java.util.Map;

/**
 * Timers of intermediate catch events and boundary events: scheduling (evaluating the definition in
 * the waiting element's scope), cancelling when the element leaves, and firing on the engine's
 * clock. Holds no state of its own, so any number of instances can share the engine's behaviours.
 */
public final class TimerBehavior {

  private final Behaviors behaviors;

  public TimerBehavior(Behaviors behaviors) {
    this.behaviors = behaviors;
  }

  private ProcessingContext context() {
    return behaviors.context();
  }

  /** A timer about to be scheduled, or the incident that evaluating its definition causes. */
  public record Prepared(TimerCreated event, Outcome failure) {}

  /** Evaluates the timer of {@code timerEvent} for {@code waiting}; emits nothing. */
  public Prepared prepare(ExecutableCatchEvent timerEvent, ElementInstance waiting) {
    TimerDefinition definition = timerEvent.timer();
    EvaluationResult value =
        behaviors
            .expressions()
            .evaluate(definition.value(), context().state().variables().visible(waiting.key()));
    if (value.isFailure()) {
      return new Prepared(null, Outcome.failure(Outcome.EXTRACT_VALUE_ERROR, value.failure()));
    }
    if (!(value.value() instanceof String text)) {
      return new Prepared(
          null,
          Outcome.failure(
              Outcome.EXTRACT_VALUE_ERROR,
              "Expected the timer of '"
                  + timerEvent.id()
                  + "' ('"
                  + definition.value().source()
                  + "') to be a STRING, but was '"
                  + value.value()
                  + "'"
                  + (value.hint() == null ? "" : " (" + value.hint() + ")")));
    }
    try {
      TimerSchedule schedule = TimerSchedule.of(definition.type(), text, context().now());
      return new Prepared(created(waiting, timerEvent.id(), schedule), null);
    } catch (TimerSchedule.InvalidTimer e) {
      return new Prepared(
          null,
          Outcome.failure(
              Outcome.EXTRACT_VALUE_ERROR, "Element '" + timerEvent.id() + "': " + e.getMessage()));
    }
  }

  /** Schedules a prepared timer, unless the element already has it (an activation step re-run). */
  public void schedule(Prepared prepared) {
    TimerCreated event = prepared.event();
    boolean scheduled =
        context().state().timers().ofElementInstance(event.elementInstanceKey()).stream()
            .anyMatch(t -> t.elementId().equals(event.elementId()));
    if (!scheduled) {
      context().emit(event);
    }
  }

  /** The element left: its unfired timers go. */
  public void cancelAll(ElementInstance instance) {
    for (Timer timer : context().state().timers().ofElementInstance(instance.key())) {
      context().emit(new TimerCanceled(timer.key(), timer.processInstanceKey()));
    }
  }

  /** Fires one due timer: records the firing, then continues at its event. */
  public void fire(Timer timer) {
    context().emit(new TimerTriggered(timer.key(), timer.processInstanceKey()));
    ElementInstance waiting =
        context().state().elementInstances().instance(timer.elementInstanceKey());
    ExecutableElement event =
        context()
            .state()
            .processes()
            .process(timer.processDefinitionKey())
            .executable()
            .element(timer.elementId());
    boolean boundary = event instanceof ExecutableBoundaryEvent;
    // an activity held in ACTIVATING by an incident can still be left through its boundary event
    if (waiting == null
        || !(waiting.state() == ElementState.ACTIVATED
            || boundary && waiting.state() == ElementState.ACTIVATING)) {
      return; // the element is already leaving; its leave step drops the rest
    }
    if (!boundary) {
      behaviors.transitions().complete(waiting);
      return;
    }
    ExecutableBoundaryEvent boundaryEvent = (ExecutableBoundaryEvent) event;
    if (!boundaryEvent.interrupting()) {
      TimerSchedule next =
          new TimerSchedule(timer.dueDate(), timer.repetitions(), timer.intervalMillis()).next();
      if (next != null) {
        context().emit(created(waiting, timer.elementId(), next));
      }
    }
    new BoundaryTriggering(behaviors).trigger(boundaryEvent, waiting, Map.of());
  }

  private TimerCreated created(ElementInstance waiting, String elementId, TimerSchedule schedule) {
    return new TimerCreated(
        context().nextKey(),
        waiting.key(),
        waiting.processInstanceKey(),
        waiting.processDefinitionKey(),
        elementId,
        schedule.dueDate(),
        schedule.repetitions(),
        schedule.intervalMillis());
  }
}
