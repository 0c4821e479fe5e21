package io.irplaybook.engine.model;

import io.camunda.zeebe.model.bpmn.instance.BoundaryEvent;
import io.camunda.zeebe.model.bpmn.instance.BpmnModelElementInstance;
import io.camunda.zeebe.model.bpmn.instance.CatchEvent;
import io.camunda.zeebe.model.bpmn.instance.ErrorEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.EventDefinition;
import io.camunda.zeebe.model.bpmn.instance.Message;
import io.camunda.zeebe.model.bpmn.instance.MessageEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.SignalEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.StartEvent;
import io.camunda.zeebe.model.bpmn.instance.TimerEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeSubscription;
import io.irplaybook.engine.expression.Expression;
import io.irplaybook.engine.expression.ExpressionLanguage;
import java.util.ArrayList;
import java.util.List;

/**
 * Compiles the event definitions of catch events (intermediate, boundary) into the trigger an
 * element waits for. Kept apart from {@link ProcessCompiler} so each kind of event stays in one
 * place.
 */
final class EventDefinitionCompiler {

  private final ExpressionLanguage expressions;

  EventDefinitionCompiler(ExpressionLanguage expressions) {
    this.expressions = expressions;
  }

  /**
   * The kind of an intermediate catch event, or null (with a problem) when its trigger is
   * unsupported.
   */
  ElementKind intermediateCatch(CatchEvent event, List<String> problems) {
    EventTrigger trigger = triggerOf(event);
    if (trigger == EventTrigger.TIMER
        || trigger == EventTrigger.MESSAGE
        || trigger == EventTrigger.SIGNAL) {
      return ElementKind.INTERMEDIATE_CATCH_EVENT;
    }
    problems.add(
        ProcessCompiler.unsupported(
            event, "an intermediate catch event that is not a timer, message or signal event"));
    return null;
  }

  ElementKind boundary(BoundaryEvent event, List<String> problems) {
    EventTrigger trigger = triggerOf(event);
    if (trigger != null && trigger != EventTrigger.NONE) {
      return ElementKind.BOUNDARY_EVENT;
    }
    problems.add(
        ProcessCompiler.unsupported(
            event,
            "a boundary event that is not an error, timer, message or signal boundary event"));
    return null;
  }

  /**
   * None start events anywhere; message start events on the process itself (not in a sub-process).
   */
  ElementKind start(StartEvent event, boolean inProcess, List<String> problems) {
    EventTrigger trigger = triggerOf(event);
    if (trigger == EventTrigger.NONE
        || (trigger == EventTrigger.MESSAGE || trigger == EventTrigger.SIGNAL) && inProcess) {
      return ElementKind.START_EVENT;
    }
    problems.add(
        ProcessCompiler.unsupported(
            event,
            "a start event with an event definition other than a message or signal on the process"));
    return null;
  }

  /** Fills the event's trigger and the trigger's definition. */
  void compile(CatchEvent event, ExecutableCatchEvent element, List<String> problems) {
    element.trigger = triggerOf(event);
    if (event instanceof BoundaryEvent boundary
        && element instanceof ExecutableBoundaryEvent attached) {
      attached.interrupting = boundary.cancelActivity();
    }
    EventDefinition definition =
        event.getEventDefinitions().isEmpty()
            ? null
            : event.getEventDefinitions().iterator().next();
    if (definition instanceof ErrorEventDefinition error
        && element instanceof ExecutableBoundaryEvent attached) {
      attached.errorCode = error.getError() == null ? null : error.getError().getErrorCode();
    } else if (definition instanceof TimerEventDefinition timer) {
      element.timer = timer(event.getId(), timer, problems);
    } else if (definition instanceof MessageEventDefinition message) {
      element.message =
          message(event.getId(), message.getMessage(), event instanceof StartEvent, problems);
    } else if (definition instanceof SignalEventDefinition signal) {
      element.signalName = signalName(event.getId(), signal, problems);
    }
  }

  private static EventTrigger triggerOf(CatchEvent event) {
    if (event.getEventDefinitions().size() != 1) {
      return event.getEventDefinitions().isEmpty() ? EventTrigger.NONE : null;
    }
    EventDefinition definition = event.getEventDefinitions().iterator().next();
    if (definition instanceof ErrorEventDefinition) {
      return EventTrigger.ERROR;
    }
    if (definition instanceof TimerEventDefinition) {
      return EventTrigger.TIMER;
    }
    if (definition instanceof MessageEventDefinition) {
      return EventTrigger.MESSAGE;
    }
    if (definition instanceof SignalEventDefinition) {
      return EventTrigger.SIGNAL;
    }
    return null;
  }

  MessageDefinition message(
      String elementId, Message message, boolean start, List<String> problems) {
    if (message == null || message.getName() == null || message.getName().isBlank()) {
      problems.add("Element '" + elementId + "': Expected a message with a name, but found none");
      return null;
    }
    List<String> local = new ArrayList<>();
    Expression name = expressions.parse(message.getName().trim(), local);
    ZeebeSubscription subscription = message.getSingleExtensionElement(ZeebeSubscription.class);
    String key = subscription == null ? null : subscription.getCorrelationKey();
    Expression correlationKey = null;
    if (key != null && !key.isBlank()) {
      correlationKey = expressions.parseAlwaysFeel(key.trim(), local);
    } else if (!start) {
      local.add(
          "Expected a zeebe:subscription correlationKey on message '"
              + message.getName()
              + "', but found none");
    }
    local.forEach(p -> problems.add("Element '" + elementId + "': " + p));
    return name == null ? null : new MessageDefinition(name, correlationKey);
  }

  private Expression signalName(
      String elementId, SignalEventDefinition definition, List<String> problems) {
    if (definition.getSignal() == null
        || definition.getSignal().getName() == null
        || definition.getSignal().getName().isBlank()) {
      problems.add("Element '" + elementId + "': Expected a signal with a name, but found none");
      return null;
    }
    List<String> local = new ArrayList<>();
    Expression name = expressions.parse(definition.getSignal().getName().trim(), local);
    local.forEach(p -> problems.add("Element '" + elementId + "': " + p));
    return name;
  }

  private TimerDefinition timer(
      String elementId, TimerEventDefinition definition, List<String> problems) {
    TimerDefinition.Type type;
    BpmnModelElementInstance value;
    if (definition.getTimeDuration() != null) {
      type = TimerDefinition.Type.DURATION;
      value = definition.getTimeDuration();
    } else if (definition.getTimeDate() != null) {
      type = TimerDefinition.Type.DATE;
      value = definition.getTimeDate();
    } else if (definition.getTimeCycle() != null) {
      type = TimerDefinition.Type.CYCLE;
      value = definition.getTimeCycle();
    } else {
      problems.add(
          "Element '"
              + elementId
              + "': Expected a timeDuration, timeDate or timeCycle, but the timer has none");
      return null;
    }
    List<String> local = new ArrayList<>();
    Expression expression = expressions.parse(value.getTextContent().trim(), local);
    local.forEach(p -> problems.add("Element '" + elementId + "': " + p));
    if (expression == null) {
      return null;
    }
    if (expression.isStatic()) {
      try {
        TimerSchedule.of(
            type, expression.source(), 0); // a typo should fail the deployment, not the instance
      } catch (TimerSchedule.InvalidTimer e) {
        problems.add("Element '" + elementId + "': " + e.getMessage());
      }
    }
    return new TimerDefinition(type, expression);
  }
}
