package io.irplaybook.engine.model;

import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.SubProcess;
import java.util.List;

/** Embedded sub-processes: a scope of their own, compiled like the process. */
public final class SubProcessCompiler implements ElementCompiler<ExecutableContainer> {

  @Override
  public ElementKind kindOf(FlowNode node, List<String> problems) {
    if (((SubProcess) node).triggeredByEvent()) {
      problems.add(ProcessCompiler.unsupported(node, "an event sub-process"));
      return null;
    }
    return ElementKind.SUB_PROCESS;
  }

  @Override
  public ExecutableContainer create(FlowNode node, ElementKind kind, ExecutableElement flowScope) {
    return new ExecutableContainer(node.getId(), node.getName(), kind, flowScope);
  }

  @Override
  public void compile(
      FlowNode node, ExecutableContainer element, Scopes scopes, List<String> problems) {
    scopes.compile(element, ((SubProcess) node).getFlowElements(), problems);
  }
}
