package io.irplaybook.engine.behavior;

import io.irplaybook.engine.bpmn.Outcome;
import io.irplaybook.engine.model.EventTrigger;
import io.irplaybook.engine.model.ExecutableActivity;
import io.irplaybook.engine.model.ExecutableBoundaryEvent;
import io.irplaybook.engine.state.ElementInstance;
import java.util.ArrayList;
import java.util.List;

/**
 * Opens what an activity's boundary events wait for when the activity is entered (timers, message
 * and signal subscriptions), and closes it when the activity leaves, whichever way it leaves. Error
 * boundary events need nothing: they are found when an error is thrown.
 */
public final class BoundaryEventSubscriptions {

  private final Behaviors behaviors;
  private final TimerBehavior timers;
  private final MessageBehavior messages;
  private final SignalBehavior signals;

  private BoundaryEventSubscriptions(Behaviors behaviors) {
    this.behaviors = behaviors;
    this.timers = new TimerBehavior(behaviors);
    this.messages = new MessageBehavior(behaviors);
    this.signals = new SignalBehavior(behaviors);
  }

  /** Hooks the subscriptions into every element's activation and leaving. */
  public static void install(Behaviors behaviors) {
    BoundaryEventSubscriptions subscriptions = new BoundaryEventSubscriptions(behaviors);
    behaviors.transitions().beforeActivation(subscriptions::open);
    behaviors.transitions().onLeave(subscriptions.timers::cancelAll);
    behaviors.transitions().onLeave(subscriptions.messages::closeAll);
    behaviors.transitions().onLeave(subscriptions.signals::closeAll);
  }

  /** Evaluates every boundary timer and subscription first, so a failing one leaves none open. */
  private Outcome open(ElementInstance activity) {
    if (!(behaviors.transitions().elementOf(activity) instanceof ExecutableActivity element)) {
      return Outcome.SUCCESS; // only activities have boundary events
    }
    List<TimerBehavior.Prepared> preparedTimers = new ArrayList<>();
    List<MessageBehavior.Prepared> preparedSubscriptions = new ArrayList<>();
    List<SignalBehavior.Prepared> preparedSignals = new ArrayList<>();
    for (ExecutableBoundaryEvent boundary : element.boundaryEvents()) {
      if (boundary.trigger() == EventTrigger.TIMER) {
        TimerBehavior.Prepared timer = timers.prepare(boundary, activity);
        if (timer.failure() != null) {
          return timer.failure();
        }
        preparedTimers.add(timer);
      } else if (boundary.trigger() == EventTrigger.MESSAGE) {
        MessageBehavior.Prepared subscription = messages.prepare(boundary, activity);
        if (subscription.failure() != null) {
          return subscription.failure();
        }
        preparedSubscriptions.add(subscription);
      } else if (boundary.trigger() == EventTrigger.SIGNAL) {
        SignalBehavior.Prepared signal = signals.prepare(boundary, activity);
        if (signal.failure() != null) {
          return signal.failure();
        }
        preparedSignals.add(signal);
      }
    }
    preparedTimers.forEach(timers::schedule);
    preparedSubscriptions.forEach(messages::open);
    preparedSignals.forEach(signals::open);
    return Outcome.SUCCESS;
  }
}
