package io.irplaybook.engine.gateway;

import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ActivateJobsResponse;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import io.irplaybook.engine.command.ActivateJobsCommand;
import io.irplaybook.engine.processing.Rejection;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Answers an ActivateJobs stream: one message with the jobs, or the end of the stream with none.
 */
final class JobStreamResponder implements ActivateJobsCommand.JobsResponder {

  private final StreamObserver<ActivateJobsResponse> observer;
  private final AtomicBoolean answered = new AtomicBoolean();

  JobStreamResponder(StreamObserver<ActivateJobsResponse> observer) {
    this.observer = observer;
  }

  @Override
  public void succeed(ActivateJobsResponse response) {
    if (answered.compareAndSet(false, true)) {
      observer.onNext(response);
      observer.onCompleted();
    }
  }

  @Override
  public void noJobs() {
    if (answered.compareAndSet(false, true)) {
      observer.onCompleted();
    }
  }

  @Override
  public void reject(Rejection rejection) {
    if (answered.compareAndSet(false, true)) {
      observer.onError(GrpcStatuses.of(rejection).asRuntimeException());
    }
  }

  @Override
  public boolean isCancelled() {
    return observer instanceof ServerCallStreamObserver<?> call && call.isCancelled();
  }
}
