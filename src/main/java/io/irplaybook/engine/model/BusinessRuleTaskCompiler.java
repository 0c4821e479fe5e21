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
public final class BusinessRuleTaskCompiler implements ElementCompiler<ExecutableActivity> {

  private final ExpressionLanguage expressions;
  private final JobDefinitionCompiler jobs;

  public BusinessRuleTaskCompiler(ExpressionLanguage expressions) {
    this.expressions = expressions;
    this.jobs = new JobDefinitionCompiler(expressions);
  }

  @Override
  public ElementKind kindOf(FlowNode node, List<String> problems) {
    return node.getSingleExtensionElement(ZeebeCalledDecision.class) != null
        ? ElementKind.BUSINESS_RULE_TASK
        : ElementKind.SERVICE_TASK;
  }

  @Override
  public ExecutableActivity create(FlowNode node, ElementKind kind, ExecutableElement flowScope) {
    return kind == ElementKind.BUSINESS_RULE_TASK
        ? new ExecutableBusinessRuleTask(node.getId(), node.getName(), kind, flowScope)
        : new ExecutableJobWorkerTask(node.getId(), node.getName(), kind, flowScope);
  }

  @Override
  public void compile(
      FlowNode node, ExecutableActivity element, Scopes scopes, List<String> problems) {
    if (element instanceof ExecutableBusinessRuleTask task) {
      task.calledDecision = calledDecision(node, problems);
    } else if (element instanceof ExecutableJobWorkerTask task) {
      task.jobDefinition = jobs.compile(node, task.kind(), problems);
    }
  }

  private CalledDecision calledDecision(FlowNode node, List<String> problems) {
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
