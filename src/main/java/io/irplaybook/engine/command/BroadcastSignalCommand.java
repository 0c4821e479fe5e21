package io.irplaybook.engine.command;

import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.BroadcastSignalRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.BroadcastSignalResponse;
import io.irplaybook.engine.behavior.Behaviors;
import io.irplaybook.engine.behavior.SignalBehavior;
import io.irplaybook.engine.model.ElementKind;
import io.irplaybook.engine.model.EventTrigger;
import io.irplaybook.engine.model.ExecutableCatchEvent;
import io.irplaybook.engine.model.ExecutableElement;
import io.irplaybook.engine.processing.Command;
import io.irplaybook.engine.processing.ProcessingContext;
import io.irplaybook.engine.processing.Rejection;
import io.irplaybook.engine.processing.Responder;
import io.irplaybook.engine.state.DeployedProcess;
import io.irplaybook.engine.state.SignalSubscription;
import java.util.Map;

/**
 * Broadcasts a signal: every open subscription with its name is triggered, and every latest process
 * version with a signal start event of that name starts an instance. Nothing is kept afterwards.
 */
public final class BroadcastSignalCommand implements Command {

  private final BroadcastSignalRequest request;
  private final Behaviors behaviors;
  private final Responder<BroadcastSignalResponse> responder;

  public BroadcastSignalCommand(
      BroadcastSignalRequest request,
      Behaviors behaviors,
      Responder<BroadcastSignalResponse> responder) {
    this.request = request;
    this.behaviors = behaviors;
    this.responder = responder;
  }

  @Override
  public void process(ProcessingContext context) {
    String name = request.getSignalName();
    if (name.isBlank()) {
      context.reject(
          responder, Rejection.invalidArgument("Expected a signal name, but it was empty"));
      return;
    }
    Map<String, Object> variables = JsonDocuments.parse(request.getVariables());
    if (variables == null) {
      context.reject(
          responder,
          Rejection.invalidArgument(
              JsonDocuments.notAnObject("the signal variables", request.getVariables())));
      return;
    }
    long key = context.nextKey();
    SignalBehavior signals = new SignalBehavior(behaviors);
    for (SignalSubscription subscription : context.state().signals().subscriptions(name)) {
      signals.trigger(subscription, variables);
    }
    for (DeployedProcess process : context.state().processes().latestOfEach()) {
      ExecutableElement root = process.executable().root();
      for (ExecutableElement candidate : process.executable().elements().values()) {
        boolean signalStart =
            candidate instanceof ExecutableCatchEvent element
                && element.kind() == ElementKind.START_EVENT
                && element.trigger() == EventTrigger.SIGNAL
                && element.flowScope() == root
                && element.signalName().isStatic()
                && name.equals(element.signalName().source());
        if (signalStart) {
          behaviors
              .transitions()
              .startProcessAt(
                  (ExecutableCatchEvent) candidate, process, context.nextKey(), variables);
        }
      }
    }
    context.respond(
        responder,
        BroadcastSignalResponse.newBuilder()
            .setKey(key)
            .setTenantId(DeployResourceCommand.TENANT)
            .build());
  }

  @Override
  public void abandon(Rejection rejection) {
    responder.reject(rejection);
  }

  @Override
  public String toString() {
    return "BroadcastSignal[" + request.getSignalName() + "]";
  }
}
