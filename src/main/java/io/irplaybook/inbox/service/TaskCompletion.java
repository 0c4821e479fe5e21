package io.irplaybook.inbox.service;

import static io.irplaybook.inbox.service.TaskLookup.forAction;
import static io.irplaybook.inbox.service.TaskLookup.requireHolder;
import static io.irplaybook.inbox.service.TaskLookup.requireOpen;
import static io.irplaybook.inbox.service.TaskLookup.requireResponder;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.irplaybook.audit.AuditEvent;
import io.irplaybook.inbox.ChecklistItem;
import io.irplaybook.inbox.InboxProblem;
import io.irplaybook.inbox.Task;
import io.irplaybook.inbox.TaskStatus;
import io.irplaybook.inbox.Viewer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;

/**
 * Completes a task: checks it may be completed, records it, completes the job in the engine. The
 * task row stays locked during the CompleteJob call, so a second completion waits and then finds it
 * done.
 */
@ApplicationScoped
public class TaskCompletion {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final EngineCalls engine;
  private final TaskAudit audit;
  private final Clock clock;
  private final ResponseMilestones milestones;

  TaskCompletion(EngineCalls engine, TaskAudit audit, Clock clock, ResponseMilestones milestones) {
    this.engine = engine;
    this.audit = audit;
    this.clock = clock;
    this.milestones = milestones;
  }

  /** Completes the task; a job the engine no longer knows leaves the task stale and answers 409. */
  public Task complete(long jobKey, Map<String, Object> variables, Viewer viewer) {
    try {
      return QuarkusTransaction.requiringNew()
          .call(() -> completeAndRecord(jobKey, variables, viewer));
    } catch (RuntimeException e) {
      if (!(e instanceof JobGone) && !(e.getCause() instanceof JobGone)) {
        throw e;
      }
      String message =
          "The engine no longer has this step (its incident was cancelled or the step ended elsewhere); nothing was completed.";
      QuarkusTransaction.requiringNew().run(() -> markStale(Task.findById(jobKey), message));
      throw new InboxProblem(409, "Task " + jobKey + " is stale: " + message);
    }
  }

  private Task completeAndRecord(long jobKey, Map<String, Object> variables, Viewer viewer) {
    requireResponder(viewer);
    Task task = forAction(jobKey, viewer);
    requireOpen(task);
    requireHolder(task, viewer, "complete");
    Map<String, Object> vars = variables == null ? Map.of() : variables;
    DeclaredOutputs.check(jobKey, task.declaredOutputList(), vars.keySet());
    long open = ChecklistItem.forTask(jobKey).stream().filter(i -> i.tickedBy == null).count();
    if (open > 0) {
      throw new InboxProblem(
          409,
          "Tick the remaining "
              + open
              + " checklist item(s) of task "
              + jobKey
              + " before completing it.");
    }
    if (task.requiresTwoPerson && task.confirmedBy == null) {
      throw new InboxProblem(
          409,
          "Task "
              + jobKey
              + " needs a second person: ask a colleague to confirm it before you complete it.");
    }
    task.status = TaskStatus.COMPLETED;
    task.completedAt = clock.instant();
    task.completedBy = viewer.name();
    task.completionVariables = json(vars);
    // Recorded before the engine hears of it: the append holds the audit chain until this
    // transaction ends, so the next step's task.created, which the engine causes at once, always
    // follows it. The values are kept (the trail redacts secret-named keys and known secrets).
    audit.append(
        audit
            .event(viewer.name(), viewer.sourceIp(), "task.completed", task)
            .detail("variables", new TreeMap<>(vars)));
    if (engine.complete(jobKey, vars) == EngineCalls.Outcome.NOT_FOUND) {
      // Rolls back the completion and its record; complete() marks the task stale.
      throw new JobGone();
    }
    milestones.completed(task, task.completedAt);
    return task;
  }

  /** The engine answered NOT_FOUND to CompleteJob. */
  private static final class JobGone extends RuntimeException {
    JobGone() {
      super(null, null, false, false);
    }
  }

  /** Marks a task stale (its job is gone from the engine) and audits it once. */
  void markStale(Task task, String message) {
    if (task.status != TaskStatus.OPEN) {
      return;
    }
    task.status = TaskStatus.STALE;
    task.staleMessage = message;
    audit.append(
        audit
            .event(AuditEvent.system("inbox"), null, "task.stale", task)
            .detail("message", message));
  }

  private static String json(Map<String, Object> vars) {
    try {
      String text = JSON.writeValueAsString(vars);
      return text.length() > 8000 ? text.substring(0, 8000) : text;
    } catch (JsonProcessingException e) {
      throw new InboxProblem(400, "Send the variables as a JSON object of plain values.");
    }
  }
}
