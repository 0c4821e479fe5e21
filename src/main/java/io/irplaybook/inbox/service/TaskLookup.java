package io.irplaybook.inbox.service;

import io.irplaybook.inbox.InboxProblem;
import io.irplaybook.inbox.Task;
import io.irplaybook.inbox.Viewer;
import jakarta.persistence.LockModeType;

/** Loads a task for an action: locked, so two people acting at once take turns. */
final class TaskLookup {

  private TaskLookup() {}

  /**
   * The task, locked for update, when the viewer may see it; 404 otherwise (hiding that it exists).
   */
  static Task forAction(long jobKey, Viewer viewer) {
    Task task = Task.findById(jobKey, LockModeType.PESSIMISTIC_WRITE);
    if (task == null || !viewer.canSee(task)) {
      throw InboxProblem.notFound(jobKey);
    }
    return task;
  }

  static void requireResponder(Viewer viewer) {
    if (!viewer.isResponder()) {
      throw new InboxProblem(
          403,
          "Only responders act on tasks; your roles "
              + viewer.roles()
              + " let you read them only.");
    }
  }

  static void requireOpen(Task task) {
    switch (task.status) {
      case COMPLETED ->
          throw new InboxProblem(
              409,
              "Task " + task.jobKey + " is completed already; nothing more can be done with it.");
      case STALE ->
          throw new InboxProblem(409, "Task " + task.jobKey + " is stale: " + task.staleMessage);
      default -> {}
    }
  }

  static void requireHolder(Task task, Viewer viewer, String action) {
    if (task.assignee == null) {
      throw new InboxProblem(409, "Claim task " + task.jobKey + " before you " + action + " it.");
    }
    if (!task.assignee.equals(viewer.name())) {
      throw new InboxProblem(
          403,
          "Task "
              + task.jobKey
              + " is held by "
              + task.assignee
              + "; ask them or an incident commander to reassign it before you "
              + action
              + " it.");
    }
  }
}
