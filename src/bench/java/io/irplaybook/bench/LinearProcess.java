package io.irplaybook.bench;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.builder.AbstractFlowNodeBuilder;
import java.util.ArrayList;
import java.util.List;

/**
 * The process under test: start, N service tasks in a row, end. Generated rather than kept as a
 * file so the task count is a parameter and the harness cannot drift from what it measures.
 */
final class LinearProcess {

  final String processId;

  /** The distinct job types, in task order; one worker is opened per entry. */
  final List<String> jobTypes;

  /** Element id of the last task: the acknowledged completion of its job ends the instance. */
  final String lastElementId;

  final String bpmnXml;

  LinearProcess(int tasks, boolean jobTypePerTask) {
    this.processId = "bench-linear-" + tasks;
    var types = new ArrayList<String>();
    AbstractFlowNodeBuilder<?, ?> node =
        Bpmn.createExecutableProcess(processId).startEvent("start");
    for (int i = 1; i <= tasks; i++) {
      var type = jobTypePerTask ? "bench.step-" + i : "bench.step";
      node = node.serviceTask("step-" + i).zeebeJobType(type);
      if (!types.contains(type)) {
        types.add(type);
      }
    }
    this.jobTypes = List.copyOf(types);
    this.lastElementId = "step-" + tasks;
    this.bpmnXml = Bpmn.convertToString(node.endEvent("end").done());
  }

  String resourceName() {
    return processId + ".bpmn";
  }
}
