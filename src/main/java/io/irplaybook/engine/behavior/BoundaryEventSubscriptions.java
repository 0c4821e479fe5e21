package io.irplaybook.engine.behavior;

import io.irplaybook.engine.bpmn.Outcome;
import io.irplaybook.engine.model.EventTrigger;
import io.irplaybook.engine.model.ExecutableElement;
import io.irplaybook.engine.state.ElementInstance;
import java.util.ArrayList;
import java.util.List;

/**
 * Opens what an activity's boundary events wait for when the activity is entered (timers), and
 * closes it when the activity leaves, whichever way it leaves. Error boundary events need nothing:
 * they are found when an error is thrown.
 */
public final class BoundaryEventSubscriptions {

  private final Behaviors behaviors;
  private final TimerBehavior timers;

  private BoundaryEventSubscriptions(Behaviors behaviors) {
    this.behaviors = behaviors;
    this.timers = new TimerBehavior(behaviors);
  }

  /** Hooks the subscriptions into every element's activation and leaving. */
  public static void install(Behaviors behaviors) {
    BoundaryEventSubscriptions subscriptions = new BoundaryEventSubscriptions(behaviors);
    behaviors.transitions().beforeActivation(subscriptions::open);
    behaviors.transitions().onLeave(subscriptions.timers::cancelAll);
  }

  /** Evaluates every boundary timer first, so a failing one leaves none scheduled. */
  private Outcome open(ElementInstance activity) {
    ExecutableElement element = behaviors.transitions().elementOf(activity);
    List<TimerBehavior.Prepared> prepared = new ArrayList<>();
    for (ExecutableElement boundary : element.boundaryEvents()) {
      if (boundary.trigger() == EventTrigger.TIMER) {
        TimerBehavior.Prepared timer = timers.prepare(boundary, activity);
        if (timer.failure() != null) {
          return timer.failure();
        }
        prepared.add(timer);
      }
    }
    prepared.forEach(timers::schedule);
    return Outcome.SUCCESS;
  }
}
