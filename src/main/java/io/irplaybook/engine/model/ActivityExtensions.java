package io.irplaybook.engine.model;

import io.camunda.zeebe.model.bpmn.instance.Activity;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeCalledElement;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeLoopCharacteristics;
import io.irplaybook.engine.expression.Expression;
import io.irplaybook.engine.expression.ExpressionLanguage;
import java.util.ArrayList;
import java.util.List;

/**
 * Compiles the extension elements of call activities and multi-instance activities. Zeebe's
 * design-time validators already insist on a process id and an input collection, so this only
 * parses.
 */
final class ActivityExtensions {

  private ActivityExtensions() {}

  static CalledElement calledElement(
      FlowNode node, ExpressionLanguage expressions, List<String> problems) {
    ZeebeCalledElement called = node.getSingleExtensionElement(ZeebeCalledElement.class);
    if (called == null || called.getProcessId() == null) {
      problems.add(
          "Expected call activity '"
              + node.getId()
              + "' to have a zeebe:calledElement with a processId, but it has none");
      return null;
    }
    Expression processId = parse(node, called.getProcessId(), expressions, problems, false);
    return new CalledElement(
        processId,
        called.isPropagateAllChildVariablesEnabled(),
        called.isPropagateAllParentVariablesEnabled());
  }

  /** The loop of a multi-instance activity, or null when the activity runs once. */
  static LoopDefinition loop(
      Activity activity, ExpressionLanguage expressions, List<String> problems) {
    if (!(activity.getLoopCharacteristics() instanceof MultiInstanceLoopCharacteristics multi)) {
      if (activity.getLoopCharacteristics() != null) {
        problems.add(
            ProcessCompiler.unsupported(
                activity, "a standard loop " + activity.getElementType().getTypeName()));
      }
      return null;
    }
    ZeebeLoopCharacteristics zeebe =
        multi.getSingleExtensionElement(ZeebeLoopCharacteristics.class);
    if (zeebe == null || blank(zeebe.getInputCollection())) {
      problems.add(
          "Expected multi-instance '"
              + activity.getId()
              + "' to have a zeebe:loopCharacteristics inputCollection, but it has none");
      return null;
    }
    Expression condition =
        multi.getCompletionCondition() == null
                || blank(multi.getCompletionCondition().getTextContent())
            ? null
            : parse(
                activity,
                multi.getCompletionCondition().getTextContent().trim(),
                expressions,
                problems,
                true);
    Expression outputElement =
        blank(zeebe.getOutputElement())
            ? null
            : parse(activity, zeebe.getOutputElement(), expressions, problems, true);
    return new LoopDefinition(
        multi.isSequential(),
        parse(activity, zeebe.getInputCollection(), expressions, problems, true),
        blank(zeebe.getInputElement()) ? null : zeebe.getInputElement(),
        blank(zeebe.getOutputCollection()) ? null : zeebe.getOutputCollection(),
        outputElement,
        condition);
  }

  private static Expression parse(
      FlowNode node,
      String text,
      ExpressionLanguage expressions,
      List<String> problems,
      boolean alwaysFeel) {
    List<String> local = new ArrayList<>();
    Expression parsed =
        alwaysFeel ? expressions.parseAlwaysFeel(text, local) : expressions.parse(text, local);
    local.forEach(p -> problems.add("Element '" + node.getId() + "': " + p));
    return parsed;
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
