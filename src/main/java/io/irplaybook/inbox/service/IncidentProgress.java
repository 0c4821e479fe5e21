package io.irplaybook.inbox.service;

import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.SequenceFlow;
import io.irplaybook.inbox.Task;
import io.irplaybook.inbox.TaskStatus;
import io.irplaybook.playbook.PlaybookCatalogue;
import io.irplaybook.playbook.PlaybookDiagram.StepState;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each step of an incident's playbooks stands, inferred from the inbox's tasks: open tasks
 * are current, completed tasks and every step upstream of a completed or current one are completed,
 * the rest pending. Only the fallback of the incident page's diagram, for processes whose element
 * history the engine no longer has (playbook.ElementHistory reads the real one); by this rule an
 * untaken branch upstream of the current step also shows as completed.
 */
@ApplicationScoped
public class IncidentProgress {

  private final PlaybookCatalogue catalogue;

  IncidentProgress(PlaybookCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  /**
   * Step states per playbook process id, in the order the incident's tasks first reached each
   * process.
   */
  public Map<String, Map<String, StepState>> states(List<Task> tasks) {
    Map<String, Map<String, StepState>> result = new LinkedHashMap<>();
    for (Task task : tasks) {
      Map<String, StepState> states =
          result.computeIfAbsent(task.bpmnProcessId, id -> new HashMap<>());
      if (task.status == TaskStatus.OPEN) {
        states.put(task.elementId, StepState.CURRENT);
      } else if (task.status == TaskStatus.COMPLETED) {
        states.putIfAbsent(task.elementId, StepState.COMPLETED);
      }
    }
    result.forEach(this::markUpstream);
    return result;
  }

  private void markUpstream(String bpmnProcessId, Map<String, StepState> states) {
    catalogue
        .model(bpmnProcessId)
        .ifPresent(
            model -> {
              Deque<FlowNode> work = new ArrayDeque<>();
              states
                  .keySet()
                  .forEach(
                      id -> {
                        if (model.getModelElementById(id) instanceof FlowNode node) {
                          work.add(node);
                        }
                      });
              while (!work.isEmpty()) {
                for (SequenceFlow incoming : work.pop().getIncoming()) {
                  FlowNode source = incoming.getSource();
                  if (!states.containsKey(source.getId())) {
                    states.put(source.getId(), StepState.COMPLETED);
                    work.add(source);
                  }
                }
              }
            });
  }
}
