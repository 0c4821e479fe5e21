package io.irplaybook.engine.command;

import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.CreateProcessInstanceRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.CreateProcessInstanceResponse;
import io.irplaybook.engine.behavior.Behaviors;
import io.irplaybook.engine.processing.Command;
import io.irplaybook.engine.processing.ProcessingContext;
import io.irplaybook.engine.processing.Rejection;
import io.irplaybook.engine.processing.Responder;
import io.irplaybook.engine.processing.ResultAwaiters;
import io.irplaybook.engine.state.DeployedProcess;
import java.util.Map;

/**
 * Starts a process instance by process definition key, or by BPMN process id and version (the
 * latest when the version is not positive). With an awaiter, the answer waits for the instance to
 * end.
 */
public final class CreateProcessInstanceCommand implements Command {

  private final CreateProcessInstanceRequest request;
  private final Behaviors behaviors;
  private final Responder<CreateProcessInstanceResponse> responder;
  private final ResultAwaiters.Awaiter resultAwaiter;

  public CreateProcessInstanceCommand(
      CreateProcessInstanceRequest request,
      Behaviors behaviors,
      Responder<CreateProcessInstanceResponse> responder,
      ResultAwaiters.Awaiter resultAwaiter) {
    this.request = request;
    this.behaviors = behaviors;
    this.responder = responder;
    this.resultAwaiter = resultAwaiter;
  }

  @Override
  public void process(ProcessingContext context) {
    DeployedProcess process = findProcess(context);
    if (process == null) {
      context.reject(responder, Rejection.notFound(notFoundMessage()));
      return;
    }
    if (request.getStartInstructionsCount() > 0 || request.getRuntimeInstructionsCount() > 0) {
      context.reject(
          responder,
          Rejection.invalidArgument(
              "Expected to start process '"
                  + process.bpmnProcessId()
                  + "' at its none start event, but start or runtime instructions were given; this engine does not support them"));
      return;
    }
    if (process.executable().root().noneStartEvent() == null) {
      context.reject(
          responder,
          Rejection.invalidArgument(
              "Expected to create an instance of process '"
                  + process.bpmnProcessId()
                  + "' at its none start event, but it has none; it starts when its message is published"));
      return;
    }
    Map<String, Object> variables = JsonDocuments.parse(request.getVariables());
    if (variables == null) {
      context.reject(
          responder,
          Rejection.invalidArgument(
              JsonDocuments.notAnObject("the process instance variables", request.getVariables())));
      return;
    }
    long key = context.nextKey();
    if (resultAwaiter != null) {
      context.resultAwaiters().await(key, resultAwaiter);
    }
    // answered before the instance runs: an instance without wait states completes right here, and
    // a with-result call must know the created instance before it hears of the completion
    context.respond(
        responder,
        CreateProcessInstanceResponse.newBuilder()
            .setProcessDefinitionKey(process.key())
            .setBpmnProcessId(process.bpmnProcessId())
            .setVersion(process.version())
            .setProcessInstanceKey(key)
            .setTenantId(DeployResourceCommand.TENANT)
            .build());
    behaviors.transitions().startProcess(process, key, variables);
  }

  private DeployedProcess findProcess(ProcessingContext context) {
    if (request.getProcessDefinitionKey() > 0) {
      return context.state().processes().process(request.getProcessDefinitionKey());
    }
    if (request.getVersion() > 0) {
      return context.state().processes().process(request.getBpmnProcessId(), request.getVersion());
    }
    return context.state().processes().latest(request.getBpmnProcessId());
  }

  private String notFoundMessage() {
    if (request.getProcessDefinitionKey() > 0) {
      return "Expected to find process definition with key '"
          + request.getProcessDefinitionKey()
          + "', but none found";
    }
    if (request.getVersion() > 0) {
      return "Expected to find process definition with process ID '"
          + request.getBpmnProcessId()
          + "' and version '"
          + request.getVersion()
          + "', but none found";
    }
    return "Expected to find process definition with process ID '"
        + request.getBpmnProcessId()
        + "', but none found";
  }

  @Override
  public void abandon(Rejection rejection) {
    responder.reject(rejection);
  }

  @Override
  public String toString() {
    return "CreateProcessInstance[" + request.getBpmnProcessId() + "]";
  }
}
