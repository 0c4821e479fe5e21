package io.irplaybook.engine.command;

import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.PublishMessageRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.PublishMessageResponse;
import io.irplaybook.engine.behavior.Behaviors;
import io.irplaybook.engine.behavior.MessageBehavior;
import io.irplaybook.engine.behavior.MessageStartEvents;
import io.irplaybook.engine.processing.Command;
import io.irplaybook.engine.processing.ProcessingContext;
import io.irplaybook.engine.processing.Rejection;
import io.irplaybook.engine.processing.RejectionType;
import io.irplaybook.engine.processing.Responder;
import io.irplaybook.engine.state.MessageSubscription;
import io.irplaybook.engine.state.event.MessageCorrelated;
import io.irplaybook.engine.state.event.MessagePublished;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Publishes a message as Zeebe documents it: it correlates to every open subscription with its name
 * and correlation key, but to at most one per process instance; it starts instances at message
 * start events; with a time to live it is buffered for subscriptions opened later (once per
 * instance), and a second message with the same id, name and correlation key is refused while the
 * first is buffered.
 */
public final class PublishMessageCommand implements Command {

  private final PublishMessageRequest request;
  private final Behaviors behaviors;
  private final Responder<PublishMessageResponse> responder;

  public PublishMessageCommand(
      PublishMessageRequest request,
      Behaviors behaviors,
      Responder<PublishMessageResponse> responder) {
    this.request = request;
    this.behaviors = behaviors;
    this.responder = responder;
  }

  @Override
  public void process(ProcessingContext context) {
    String name = request.getName();
    String correlationKey = request.getCorrelationKey();
    if (name.isBlank()) {
      context.reject(
          responder, Rejection.invalidArgument("Expected a message name, but it was empty"));
      return;
    }
    String messageId = request.getMessageId();
    if (!messageId.isEmpty()
        && context.state().messages().hasMessageId(name, correlationKey, messageId)) {
      context.reject(
          responder,
          new Rejection(
              RejectionType.ALREADY_EXISTS,
              "Expected to publish a new message with id '"
                  + messageId
                  + "', but a message with that id was already published and is still buffered"));
      return;
    }
    Map<String, Object> variables = JsonDocuments.parse(request.getVariables());
    if (variables == null) {
      context.reject(
          responder,
          Rejection.invalidArgument(
              JsonDocuments.notAnObject("the message variables", request.getVariables())));
      return;
    }
    long key = context.nextKey();
    boolean buffered = request.getTimeToLive() > 0;
    if (buffered) {
      context.emit(
          new MessagePublished(
              key,
              name,
              correlationKey,
              variables,
              messageId,
              context.now() + request.getTimeToLive()));
    }
    Set<Long> reached = new HashSet<>();
    MessageBehavior messages = new MessageBehavior(behaviors);
    for (MessageSubscription subscription :
        context.state().messages().subscriptions(name, correlationKey)) {
      if (!reached.contains(subscription.processInstanceKey())
          && messages.correlate(subscription, variables)) {
        reached.add(subscription.processInstanceKey());
      }
    }
    reached.addAll(new MessageStartEvents(behaviors).start(name, correlationKey, variables));
    if (buffered) {
      reached.forEach(instance -> context.emit(new MessageCorrelated(key, instance)));
    }
    context.respond(
        responder,
        PublishMessageResponse.newBuilder()
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
    return "PublishMessage[" + request.getName() + "]";
  }
}
