package io.irplaybook.engine.gateway;

import io.grpc.stub.StreamObserver;
import io.irplaybook.engine.processing.Rejection;
import io.irplaybook.engine.processing.Responder;
import java.util.concurrent.atomic.AtomicBoolean;

/** Answers a unary call once: a response, or the rejection as a gRPC status. */
class UnaryResponder<T> implements Responder<T> {

  private final StreamObserver<T> observer;
  private final AtomicBoolean answered = new AtomicBoolean();

  UnaryResponder(StreamObserver<T> observer) {
    this.observer = observer;
  }

  @Override
  public void succeed(T response) {
    if (answered.compareAndSet(false, true)) {
      observer.onNext(response);
      observer.onCompleted();
    }
  }

  @Override
  public void reject(Rejection rejection) {
    if (answered.compareAndSet(false, true)) {
      observer.onError(GrpcStatuses.of(rejection).asRuntimeException());
    }
  }
}
