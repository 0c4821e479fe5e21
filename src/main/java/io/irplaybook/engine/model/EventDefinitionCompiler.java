package io.irplaybook.engine.model;

import io.camunda.zeebe.model.bpmn.instance.BoundaryEvent;
import io.camunda.zeebe.model.bpmn.instance.CatchEvent;
import io.camunda.zeebe.model.bpmn.instance.ErrorEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.EventDefinition;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.TimerEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.BpmnModelElementInstance;
import io.irplaybook.engine.expression.Expression;
import io.irplaybook.engine.expression.ExpressionLanguage;
import java.util.ArrayList;
import java.util.List;

/**
 * Compiles the event definitions of catch events (intermediate, boundary) into the trigger an
 * element waits for. Kept apart from {@link ProcessCompiler} so each kind of event stays in one place.
 */
final class EventDefinitionCompiler {

  private final ExpressionLanguage expressions;

  EventDefinitionCompiler(ExpressionLanguage expressions) {
    this.expressions = expressions;
  }

  /** The kind of an intermediate catch event, or null (with a problem) when its trigger is unsupported. */
  ElementKind intermediateCatch(CatchEvent event, List<String> problems) {
    EventTrigger trigger = triggerOf(event);
    if (trigger == EventTrigger.TIMER) {
      return ElementKind.INTERMEDIATE_CATCH_EVENT;
    }
    problems.add(ProcessCompiler.unsupported(event, "an intermediate catch event that is not a timer"));
    return null;
  }

  ElementKind boundary(BoundaryEvent event, List<String> problems) {
    EventTrigger trigger = triggerOf(event);
    if (trigger == EventTrigger.ERROR || trigger == EventTrigger.TIMER) {
      return ElementKind.BOUNDARY_EVENT;
    }
    problems.add(ProcessCompiler.unsupported(event, "a boundary event that is neither an error nor a timer boundary event"));
    return null;
  }

  /** Fills the element's trigger and its definition; called for every compiled flow node. */
  void compile(FlowNode node, ExecutableElement element, List<String> problems) {
    if (!(node instanceof CatchEvent event)) {
      return;
    }
    element.trigger = triggerOf(event);
    if (node instanceof BoundaryEvent boundary) {
      element.interrupting = boundary.cancelActivity();
    }
    EventDefinition definition = event.getEventDefinitions().isEmpty() ? null : event.getEventDefinitions().iterator().next();
    if (definition instanceof ErrorEventDefinition error) {
      element.errorCode = error.getError() == null ? null : error.getError().getErrorCode();
    } else if (definition instanceof TimerEventDefinition timer) {
      element.timer = timer(node.getId(), timer, problems);
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
    return null;
  }

  private TimerDefinition timer(String elementId, TimerEventDefinition definition, List<String> problems) {
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
      problems.add("Element '" + elementId + "': Expected a timeDuration, timeDate or timeCycle, but the timer has none");
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
        TimerSchedule.of(type, expression.source(), 0); // a typo should fail the deployment, not the instance
      } catch (TimerSchedule.InvalidTimer e) {
        problems.add("Element '" + elementId + "': " + e.getMessage());
      }
    }
    return new TimerDefinition(type, expression);
  }
}
