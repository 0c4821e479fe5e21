package io.irplaybook.engine.command;

import io.irplaybook.engine.behavior.Behaviors;
import io.irplaybook.engine.behavior.TimerBehavior;
import io.irplaybook.engine.processing.ProcessingContext;
import io.irplaybook.engine.state.Timer;
import java.util.function.Consumer;

/**
 * Fires due timers, run every tick after {@link DueWork}. It looks only at the earliest timer (the
 * timers are kept sorted), so an idle tick costs one comparison however many timers wait.
 */
public final class DueTimers implements Consumer<ProcessingContext> {

  /** Bounds one tick's work, so a backlog (a cycle after a long downtime) cannot stall commands. */
  private static final int MAX_PER_TICK = 500;

  private final TimerBehavior timers;

  public DueTimers(Behaviors behaviors) {
    this.timers = new TimerBehavior(behaviors);
  }

  @Override
  public void accept(ProcessingContext context) {
    long now = context.now();
    Timer due;
    for (int fired = 0;
        fired < MAX_PER_TICK && (due = context.state().timers().firstDue(now)) != null;
        fired++) {
      timers.fire(due);
    }
  }
}
