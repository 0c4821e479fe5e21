package io.irplaybook.engine.command;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ActivateJobsRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ActivateJobsResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ActivatedJob;
import io.irplaybook.engine.processing.Command;
import io.irplaybook.engine.processing.LongPolls;
import io.irplaybook.engine.processing.ProcessingContext;
import io.irplaybook.engine.processing.Rejection;
import io.irplaybook.engine.processing.Responder;
import io.irplaybook.engine.state.EventCodec;
import io.irplaybook.engine.state.Job;
import io.irplaybook.engine.state.event.JobActivated;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Hands up to {@code maxJobsToActivate} jobs of a type to a worker until {@code now + timeout}.
 * When there are none, the request waits (long polling) until jobs of the type appear or its {@code
 * requestTimeout} passes (0 means Zeebe's default of 10 s; negative means answer at once).
 */
public final class ActivateJobsCommand implements Command, LongPolls.Waiting {

  static final long DEFAULT_LONG_POLL_MILLIS = 10_000;

  /** Where activated jobs go: one message with the jobs, or an empty end of stream. */
  public interface JobsResponder extends Responder<ActivateJobsResponse> {
    void noJobs();

    boolean isCancelled();
  }

  private final ActivateJobsRequest request;
  private final JobsResponder responder;
  private final long expiresAtNanos;

  public ActivateJobsCommand(ActivateJobsRequest request, JobsResponder responder) {
    this.request = request;
    this.responder = responder;
    long wait =
        request.getRequestTimeout() == 0 ? DEFAULT_LONG_POLL_MILLIS : request.getRequestTimeout();
    this.expiresAtNanos = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(Math.max(0, wait));
  }

  @Override
  public void process(ProcessingContext context) {
    if (responder.isCancelled()) {
      return;
    }
    String problem = validate();
    if (problem != null) {
      context.reject(responder, Rejection.invalidArgument(problem));
      return;
    }
    List<Long> keys = new ArrayList<>();
    for (Long key : context.state().jobs().activatable(request.getType())) {
      keys.add(key);
      if (keys.size() == request.getMaxJobsToActivate()) {
        break;
      }
    }
    if (keys.isEmpty()) {
      if (request.getRequestTimeout() < 0) {
        context.respond(responder::noJobs);
      } else {
        context.longPolls().park(this);
      }
      return;
    }
    long deadline = context.now() + request.getTimeout();
    ActivateJobsResponse.Builder response = ActivateJobsResponse.newBuilder();
    for (long key : keys) {
      context.emit(new JobActivated(key, request.getWorker(), deadline));
      response.addJobs(toActivatedJob(context, context.state().jobs().job(key)));
    }
    context.respond(responder, response.build());
  }

  private String validate() {
    if (request.getType().isBlank()) {
      return "Expected to activate jobs of a non-empty type, but the type was empty";
    }
    if (request.getMaxJobsToActivate() < 1) {
      return "Expected to activate at least one job, but maxJobsToActivate was "
          + request.getMaxJobsToActivate();
    }
    if (request.getTimeout() < 1) {
      return "Expected a job timeout of at least 1 ms, but it was " + request.getTimeout();
    }
    return null;
  }

  private ActivatedJob toActivatedJob(ProcessingContext context, Job job) {
    try {
      return ActivatedJob.newBuilder()
          .setKey(job.key())
          .setType(job.type())
          .setProcessInstanceKey(job.processInstanceKey())
          .setBpmnProcessId(job.bpmnProcessId())
          .setProcessDefinitionVersion(job.processDefinitionVersion())
          .setProcessDefinitionKey(job.processDefinitionKey())
          .setElementId(job.elementId())
          .setElementInstanceKey(job.elementInstanceKey())
          .setCustomHeaders(EventCodec.JSON.writeValueAsString(job.customHeaders()))
          .setWorker(job.worker())
          .setRetries(job.retries())
          .setDeadline(job.deadline())
          .setVariables(
              JsonDocuments.write(
                  context.state().variables().visible(job.elementInstanceKey()),
                  request.getFetchVariableList()))
          .setTenantId(DeployResourceCommand.TENANT)
          .build();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void abandon(Rejection rejection) {
    responder.reject(rejection);
  }

  // ---- long polling

  @Override
  public String jobType() {
    return request.getType();
  }

  @Override
  public long expiresAtNanos() {
    return expiresAtNanos;
  }

  @Override
  public boolean isCancelled() {
    return responder.isCancelled();
  }

  @Override
  public void expire() {
    responder.noJobs();
  }

  @Override
  public Command retry() {
    return this;
  }

  @Override
  public String toString() {
    return "ActivateJobs[" + request.getType() + "]";
  }
}
