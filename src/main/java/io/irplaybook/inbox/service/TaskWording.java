package io.irplaybook.inbox.service;

import io.irplaybook.inbox.ChecklistItem;
import io.irplaybook.inbox.Task;
import io.irplaybook.inbox.TaskView;
import io.irplaybook.playbook.StepTexts;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Shows a task with its step text in the reader's language, looked up when it is shown. */
@ApplicationScoped
public class TaskWording {

  private final StepTexts texts;

  TaskWording(StepTexts texts) {
    this.texts = texts;
  }

  /** The task for a reader of {@code language}; comments and evidence only when {@code full}. */
  public TaskView view(Task task, boolean full, String language) {
    return TaskView.of(
        task, full, texts.words(task.bpmnProcessId, task.elementId, language, task.titleItem));
  }

  /** As {@link #view(Task, boolean, String)}, with the task's checklist read beforehand. */
  public TaskView view(Task task, List<ChecklistItem> checklist, boolean full, String language) {
    return TaskView.of(
        task,
        checklist,
        full,
        texts.words(task.bpmnProcessId, task.elementId, language, task.titleItem));
  }

  /**
   * Many tasks as a list shows them (no comments or evidence), their checklists read in one query
   * rather than one a task: the load run found the REST list of 200 incidents' open steps spending
   * its time on a query per task.
   */
  public List<TaskView> views(List<Task> tasks, String language) {
    var checklists = ChecklistItem.forTasks(tasks.stream().map(t -> t.jobKey).toList());
    return tasks.stream()
        .map(t -> view(t, checklists.getOrDefault(t.jobKey, List.of()), false, language))
        .toList();
  }

  /** The task's title in {@code language}, as a notice names the step. */
  public String title(Task task, String language) {
    return TaskView.titleOf(
        task, texts.words(task.bpmnProcessId, task.elementId, language, task.titleItem));
  }
}
