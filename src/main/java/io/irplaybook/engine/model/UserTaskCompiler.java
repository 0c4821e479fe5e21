package io.irplaybook.engine.model;

import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeUserTask;
import io.irplaybook.engine.expression.ExpressionLanguage;
import java.util.List;

/**
 * User tasks in both of Zeebe's forms: a Camunda user task ({@code zeebe:userTask}) held by the
 * engine, or the job-worker form, a job of type {@code io.camunda.zeebe:userTask}.
 */
public final class UserTaskCompiler implements ElementCompiler<ExecutableActivity> {

  private final JobDefinitionCompiler jobs;
  private final UserTaskDefinitionCompiler userTasks;

  public UserTaskCompiler(ExpressionLanguage expressions) {
    this.jobs = new JobDefinitionCompiler(expressions);
    this.userTasks = new UserTaskDefinitionCompiler(expressions);
  }

  @Override
  public ElementKind kindOf(FlowNode node, List<String> problems) {
    return node.getSingleExtensionElement(ZeebeUserTask.class) != null
        ? ElementKind.CAMUNDA_USER_TASK
        : ElementKind.USER_TASK;
  }

  @Override
  public ExecutableActivity create(FlowNode node, ElementKind kind, ExecutableElement flowScope) {
    return kind == ElementKind.CAMUNDA_USER_TASK
        ? new ExecutableCamundaUserTask(node.getId(), node.getName(), kind, flowScope)
        : new ExecutableJobWorkerTask(node.getId(), node.getName(), kind, flowScope);
  }

  @Override
  public void compile(
      FlowNode node, ExecutableActivity element, Scopes scopes, List<String> problems) {
    if (element instanceof ExecutableCamundaUserTask task) {
      task.userTaskDefinition = userTasks.compile(node, problems);
    } else if (element instanceof ExecutableJobWorkerTask task) {
      task.jobDefinition = jobs.compile(node, task.kind(), problems);
    }
  }
}
