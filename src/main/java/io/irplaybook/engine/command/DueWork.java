package io.irplaybook.engine.command;

import io.irplaybook.engine.processing.ProcessingContext;
import io.irplaybook.engine.state.EngineState;
import io.irplaybook.engine.state.Job;
import io.irplaybook.engine.state.event.JobRecurred;
import io.irplaybook.engine.state.event.JobTimedOut;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Housekeeping by the engine's clock, run every tick: activated jobs past their deadline and failed
 * jobs past their back-off become activatable again. A time-out uses no retry (Zeebe's rule).
 */
public final class DueWork implements Consumer<ProcessingContext> {

  @Override
  public void accept(ProcessingContext context) {
    EngineState state = context.state();
    long now = context.now();
    List<Job> due = new ArrayList<>();
    for (long key : state.jobs().activated()) {
      Job job = state.jobs().job(key);
      if (job.deadline() <= now) {
        due.add(job);
      }
    }
    for (Job job : due) {
      context.emit(new JobTimedOut(job.key()));
      context.jobsActivatable(job.type());
    }
    due.clear();
    for (long key : state.jobs().inBackoff()) {
      Job job = state.jobs().job(key);
      if (job.backoffUntil() <= now) {
        due.add(job);
      }
    }
    for (Job job : due) {
      context.emit(new JobRecurred(job.key()));
      context.jobsActivatable(job.type());
    }
  }
}
