package io.irplaybook.engine.command;

import io.irplaybook.engine.processing.Command;
import io.irplaybook.engine.processing.ProcessingContext;
import io.irplaybook.engine.processing.Rejection;
import io.irplaybook.engine.processing.Responder;
import io.irplaybook.engine.state.Job;
import io.irplaybook.engine.state.JobState;
import java.util.Set;

/** What every command on one job shares: finding the job and refusing it in the wrong state. */
abstract class JobCommand<T> implements Command {

  protected final long jobKey;
  protected final Responder<T> responder;

  JobCommand(long jobKey, Responder<T> responder) {
    this.jobKey = jobKey;
    this.responder = responder;
  }

  /** "complete", "fail", ...: used in messages. */
  abstract String verb();

  /** The job, or null after the command was rejected. */
  Job findJob(ProcessingContext context, Set<JobState> allowed) {
    Job job = context.state().jobs().job(jobKey);
    if (job == null) {
      context.reject(
          responder,
          Rejection.notFound(
              "Expected to "
                  + verb()
                  + " job with key '"
                  + jobKey
                  + "', but no such job was found"));
      return null;
    }
    if (!allowed.contains(job.state())) {
      context.reject(
          responder,
          Rejection.invalidState(
              "Expected to "
                  + verb()
                  + " job with key '"
                  + jobKey
                  + "', but it is in state '"
                  + job.state()
                  + "'"));
      return null;
    }
    return job;
  }

  @Override
  public void abandon(Rejection rejection) {
    responder.reject(rejection);
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + jobKey + "]";
  }
}
