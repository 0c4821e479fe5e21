package io.irplaybook.engine.command;

import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.SetVariablesRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.SetVariablesResponse;
import io.irplaybook.engine.behavior.Behaviors;
import io.irplaybook.engine.processing.Command;
import io.irplaybook.engine.processing.ProcessingContext;
import io.irplaybook.engine.processing.Rejection;
import io.irplaybook.engine.processing.Responder;
import java.util.Map;

/** Sets variables on an element instance's scope: locally, or merged outwards where defined. */
public final class SetVariablesCommand implements Command {

  private final SetVariablesRequest request;
  private final Behaviors behaviors;
  private final Responder<SetVariablesResponse> responder;

  public SetVariablesCommand(
      SetVariablesRequest request, Behaviors behaviors, Responder<SetVariablesResponse> responder) {
    this.request = request;
    this.behaviors = behaviors;
    this.responder = responder;
  }

  @Override
  public void process(ProcessingContext context) {
    long scopeKey = request.getElementInstanceKey();
    if (context.state().elementInstances().instance(scopeKey) == null) {
      context.reject(
          responder,
          Rejection.notFound(
              "Expected to update variables for element with key '"
                  + scopeKey
                  + "', but no such element was found"));
      return;
    }
    Map<String, Object> document = JsonDocuments.parse(request.getVariables());
    if (document == null || document.isEmpty()) {
      context.reject(
          responder,
          Rejection.invalidArgument(
              document == null
                  ? JsonDocuments.notAnObject("the variables", request.getVariables())
                  : "Expected to set at least one variable, but the document was empty"));
      return;
    }
    if (request.getLocal()) {
      behaviors.variables().setLocal(scopeKey, document);
    } else {
      behaviors.variables().merge(scopeKey, document);
    }
    context.respond(responder, SetVariablesResponse.newBuilder().setKey(context.nextKey()).build());
  }

  @Override
  public void abandon(Rejection rejection) {
    responder.reject(rejection);
  }

  @Override
  public String toString() {
    return "SetVariables[" + request.getElementInstanceKey() + "]";
  }
}
