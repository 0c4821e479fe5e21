package io.irplaybook.engine.model;

import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeCalledDecision;
import io.irplaybook.engine.expression.ExpressionLanguage;
import java.util.ArrayList;
import java.util.List;

/**
 * Business rule tasks come in Zeebe's two forms: a called decision the engine evaluates itself, or
 * a job-worker implementation ({@code zeebe:taskDefinition}) that behaves exactly like a service
 * task.
 */
final class BusinessRuleTasks {

  private BusinessRuleTasks() {}

  static ElementKind kindOf(FlowNode node) {
    return node.getSingleExtensionElement(ZeebeCalledDecision.class) != null
        ? ElementKind.BUSINESS_RULE_TASK
        : ElementKind.SERVICE_TASK;
  }

  static CalledDecision compile(
      FlowNode node, ExpressionLanguage expressions, List<String> problems) {
    ZeebeCalledDecision called = node.getSingleExtensionElement(ZeebeCalledDecision.class);
    List<String> local = new ArrayList<>();
    var decisionId = expressions.parse(called.getDecisionId(), local);
    local.forEach(p -> problems.add("Element '" + node.getId() + "': " + p));
    if (called.getResultVariable() == null || called.getResultVariable().isBlank()) {
      problems.add(
          "Element '"
              + node.getId()
              + "': Expected zeebe:calledDecision to name a resultVariable, but it has none");
    }
    return new CalledDecision(decisionId, called.getResultVariable());
  }
}
