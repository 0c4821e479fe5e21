package io.irplaybook.engine.command;

import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.UpdateJobTimeoutResponse;
import io.irplaybook.engine.processing.ProcessingContext;
import io.irplaybook.engine.processing.Rejection;
import io.irplaybook.engine.processing.Responder;
import io.irplaybook.engine.state.JobState;
import io.irplaybook.engine.state.event.JobTimeoutUpdated;
import java.util.EnumSet;

/** Moves an activated job's deadline to now + timeout (how a worker keeps a long job). */
public final class UpdateJobTimeoutCommand extends JobCommand<UpdateJobTimeoutResponse> {

  private final long timeoutMillis;

  public UpdateJobTimeoutCommand(
      long jobKey, long timeoutMillis, Responder<UpdateJobTimeoutResponse> responder) {
    super(jobKey, responder);
    this.timeoutMillis = timeoutMillis;
  }

  @Override
  String verb() {
    return "update the timeout of";
  }

  @Override
  public void process(ProcessingContext context) {
    if (timeoutMillis < 1) {
      context.reject(
          responder,
          Rejection.invalidArgument(
              "Expected a job timeout of at least 1 ms, but it was " + timeoutMillis));
      return;
    }
    if (findJob(context, EnumSet.of(JobState.ACTIVATED)) == null) {
      return;
    }
    context.emit(new JobTimeoutUpdated(jobKey, context.now() + timeoutMillis));
    context.respond(responder, UpdateJobTimeoutResponse.getDefaultInstance());
  }
}
