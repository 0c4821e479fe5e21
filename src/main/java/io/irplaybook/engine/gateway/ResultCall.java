package io.irplaybook.engine.gateway;

import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.CreateProcessInstanceResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.CreateProcessInstanceWithResultRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.CreateProcessInstanceWithResultResponse;
import io.grpc.stub.StreamObserver;
import io.irplaybook.engine.command.JsonDocuments;
import io.irplaybook.engine.processing.Rejection;
import io.irplaybook.engine.processing.Responder;
import io.irplaybook.engine.processing.ResultAwaiters;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A CreateProcessInstanceWithResult call: remembers the created instance, then answers when the
 * instance completes (with the requested variables), is cancelled, or the request times out.
 */
final class ResultCall implements Responder<CreateProcessInstanceResponse>, ResultAwaiters.Awaiter {

  private final CreateProcessInstanceWithResultRequest request;
  private final UnaryResponder<CreateProcessInstanceWithResultResponse> responder;
  private final long expiresAtNanos;
  private CreateProcessInstanceResponse created;

  ResultCall(
      CreateProcessInstanceWithResultRequest request,
      StreamObserver<CreateProcessInstanceWithResultResponse> observer) {
    this.request = request;
    this.responder = new UnaryResponder<>(observer);
    this.expiresAtNanos =
        request.getRequestTimeout() > 0
            ? System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(request.getRequestTimeout())
            : System.nanoTime()
                + TimeUnit.DAYS.toNanos(365); // no timeout of ours: the client's deadline applies
  }

  @Override
  public void succeed(CreateProcessInstanceResponse response) {
    created = response; // the answer waits for the instance to end
  }

  @Override
  public void reject(Rejection rejection) {
    responder.reject(rejection);
  }

  @Override
  public void completed(Map<String, Object> variables) {
    responder.succeed(
        CreateProcessInstanceWithResultResponse.newBuilder()
            .setProcessDefinitionKey(created.getProcessDefinitionKey())
            .setBpmnProcessId(created.getBpmnProcessId())
            .setVersion(created.getVersion())
            .setProcessInstanceKey(created.getProcessInstanceKey())
            .setTenantId(created.getTenantId())
            .setVariables(JsonDocuments.write(variables, request.getFetchVariablesList()))
            .build());
  }

  @Override
  public void failed(Rejection rejection) {
    responder.reject(rejection);
  }

  @Override
  public long expiresAtNanos() {
    return expiresAtNanos;
  }
}
