package io.irplaybook.engine.model;

import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.irplaybook.engine.expression.ExpressionLanguage;
import java.util.List;

/** Service tasks: a job of the type their {@code zeebe:taskDefinition} names. */
public final class JobWorkerTaskCompiler implements ElementCompiler<ExecutableJobWorkerTask> {

  private final JobDefinitionCompiler jobs;

  public JobWorkerTaskCompiler(ExpressionLanguage expressions) {
    this.jobs = new JobDefinitionCompiler(expressions);
  }

  @Override
  public ElementKind kindOf(FlowNode node, List<String> problems) {
    return ElementKind.SERVICE_TASK;
  }

  @Override
  public ExecutableJobWorkerTask create(
      FlowNode node, ElementKind kind, ExecutableElement flowScope) {
    return new ExecutableJobWorkerTask(node.getId(), node.getName(), kind, flowScope);
  }

  @Override
  public void compile(
      FlowNode node, ExecutableJobWorkerTask element, Scopes scopes, List<String> problems) {
    element.jobDefinition = jobs.compile(node, element.kind(), problems);
  }
}
