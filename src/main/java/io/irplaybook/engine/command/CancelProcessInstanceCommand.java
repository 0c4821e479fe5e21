package io.irplaybook.engine.command;

import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.CancelProcessInstanceResponse;
import io.irplaybook.engine.behavior.Behaviors;
import io.irplaybook.engine.processing.Command;
import io.irplaybook.engine.processing.ProcessingContext;
import io.irplaybook.engine.processing.Rejection;
import io.irplaybook.engine.processing.Responder;
import io.irplaybook.engine.state.ElementInstance;

/**
 * Cancels a running process instance: every element inside is terminated and every job withdrawn.
 */
public final class CancelProcessInstanceCommand implements Command {

  private final long processInstanceKey;
  private final Behaviors behaviors;
  private final Responder<CancelProcessInstanceResponse> responder;

  public CancelProcessInstanceCommand(
      long processInstanceKey,
      Behaviors behaviors,
      Responder<CancelProcessInstanceResponse> responder) {
    this.processInstanceKey = processInstanceKey;
    this.behaviors = behaviors;
    this.responder = responder;
  }

  @Override
  public void process(ProcessingContext context) {
    ElementInstance instance = context.state().elementInstances().instance(processInstanceKey);
    if (instance == null || !instance.isProcessInstance()) {
      context.reject(
          responder,
          Rejection.notFound(
              "Expected to cancel a process instance with key '"
                  + processInstanceKey
                  + "', but no such process was found"));
      return;
    }
    long callActivity = context.state().elementInstances().callingElementOf(processInstanceKey);
    if (callActivity >= 0) {
      // the parent would wait forever for a child that is gone: Zeebe refuses this too
      context.reject(
          responder,
          Rejection.invalidState(
              "Expected to cancel a process instance with key '"
                  + processInstanceKey
                  + "', but it was created by a call activity of process instance '"
                  + context.state().elementInstances().instance(callActivity).processInstanceKey()
                  + "'; cancel that root process instance instead"));
      return;
    }
    behaviors.transitions().terminate(instance);
    context.respond(responder, CancelProcessInstanceResponse.getDefaultInstance());
  }

  @Override
  public void abandon(Rejection rejection) {
    responder.reject(rejection);
  }

  @Override
  public String toString() {
    return "CancelProcessInstance[" + processInstanceKey + "]";
  }
}
