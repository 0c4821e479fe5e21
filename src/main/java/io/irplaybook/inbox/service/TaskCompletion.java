package io.irplaybook.inbox.service;

import static io.irplaybook.inbox.service.TaskLookup.forAction;
import static io.irplaybook.inbox.service.TaskLookup.requireHolder;
import static io.irplaybook.inbox.service.TaskLookup.requireOpen;
import static io.irplaybook.inbox.service.TaskLookup.requireResponder;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.api.search.enums.UserTaskState;
import io.irplaybook.audit.AuditEvent;
import io.irplaybook.inbox.ChecklistItem;
import io.irplaybook.inbox.InboxProblem;
import io.irplaybook.inbox.Task;
import io.irplaybook.inbox.TaskStatus;
import io.irplaybook.inbox.Viewer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jboss.logging.Logger;

/**
 * Completes a task in two steps, so that a crash between them loses nothing: the completion is
 * committed in the inbox first (status COMPLETED, {@code completionPending}, audited), then sent to
 * the engine; the engine's answer clears the pending mark. A completion still pending (the engine
 * was away, the service died) is sent again by {@link UserTaskPoll} until the engine has it or has
 * ended the step otherwise. Sending twice is harmless: the second answer is 404 and the task's
 * state in the engine tells which way it went.
 */
@ApplicationScoped
public class TaskCompletion {

  private static final Logger LOG = Logger.getLogger(TaskCompletion.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The column that keeps the variables for a retry holds this much JSON. */
  static final int MAX_VARIABLES_JSON = 8000;

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

  /**
   * Completes the task; a step the engine has already ended leaves the task stale and answers 409.
   * Once this returns, the completion is in the engine or will be sent again until it is.
   */
  public Task complete(long key, Map<String, Object> variables, Viewer viewer) {
    Map<String, Object> vars = variables == null ? Map.of() : variables;
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              requireResponder(viewer);
              requireOpen(forAction(key, viewer));
            });
    // Asked before anything is recorded, so a step cancelled with its incident is refused without a
    // task.completed record the engine never saw. An engine that does not answer refuses nothing:
    // the completion is recorded and sent once it answers again.
    Optional<UserTaskState> state = stateOrUnknown(key);
    if (state != null && (state.isEmpty() || state.get() == UserTaskState.CANCELED)) {
      QuarkusTransaction.requiringNew().run(() -> markGone(key, state));
      throw new InboxProblem(409, "Task " + key + " is stale: " + goneMessage(state));
    }
    QuarkusTransaction.requiringNew().run(() -> record(key, vars, viewer));
    deliver(key, vars);
    return QuarkusTransaction.requiringNew().call(() -> Task.findById(key));
  }

  /** The task's state in the engine; null when the engine does not answer. */
  private Optional<UserTaskState> stateOrUnknown(long key) {
    try {
      return engine.state(key);
    } catch (RuntimeException e) {
      LOG.warnf("Engine did not answer for task %d; recording the completion: %s", key, e);
      return null;
    }
  }

  private void record(long key, Map<String, Object> vars, Viewer viewer) {
    requireResponder(viewer);
    Task task = forAction(key, viewer);
    requireOpen(task);
    requireHolder(task, viewer, "complete");
    DeclaredOutputs.check(key, task.declaredOutputList(), vars.keySet());
    long open = ChecklistItem.forTask(key).stream().filter(i -> i.tickedBy == null).count();
    if (open > 0) {
      throw new InboxProblem(
          409,
          "Tick the remaining "
              + open
              + " checklist item(s) of task "
              + key
              + " before completing it.");
    }
    if (task.requiresTwoPerson && task.confirmedBy == null) {
      throw new InboxProblem(
          409,
          "Task "
              + key
              + " needs a second person: ask a colleague to confirm it before you complete it.");
    }
    task.status = TaskStatus.COMPLETED;
    task.completedAt = clock.instant();
    task.completedBy = viewer.name();
    task.completionVariables = json(vars);
    task.completionPending = true;
    // Committed before the engine hears of it, so the next step's task.created, which the engine
    // causes at once, always follows it in the trail. The values are kept (the trail redacts
    // secret-named keys and known secrets).
    audit.append(
        audit
            .event(viewer.name(), viewer.sourceIp(), "task.completed", task)
            .detail("variables", new TreeMap<>(vars)));
  }

  /** Sends every completion still pending to the engine again; returns how many it settled. */
  public int resendPending() {
    var pending =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    Task.<Task>list("completionPending = true").stream()
                        .map(t -> Map.entry(t.jobKey, t.completionVariables))
                        .toList());
    int settled = 0;
    for (var task : pending) {
      if (!deliver(task.getKey(), variables(task.getValue()))) {
        break; // the engine is away: the next round tries them all again
      }
      settled++;
    }
    return settled;
  }

  /**
   * Sends a recorded completion; true once the engine has settled it (taken it, or ended the step
   * otherwise), false when it stays pending for the next round.
   */
  private boolean deliver(long key, Map<String, Object> vars) {
    try {
      if (engine.complete(key, vars) == EngineCalls.Outcome.DONE) {
        settle(key, Optional.of(UserTaskState.COMPLETED));
        return true;
      }
      // 404: an earlier send (before a crash, or by another round) got there first, or the step
      // ended otherwise. The task's state says which.
      settle(key, engine.state(key));
      return true;
    } catch (RuntimeException e) {
      LOG.warnf(
          "Completion of task %d recorded but not yet accepted by the engine; it is sent again: %s",
          key, e.getMessage());
      return false;
    }
  }

  private void settle(long key, Optional<UserTaskState> state) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              Task task = Task.findById(key, LockModeType.PESSIMISTIC_WRITE);
              if (task == null || !task.completionPending) {
                return;
              }
              task.completionPending = false;
              if (state.isPresent() && state.get() == UserTaskState.COMPLETED) {
                milestones.completed(task, task.completedAt);
                return;
              }
              String message =
                  goneMessage(state) + " The completion recorded above did not reach it.";
              task.status = TaskStatus.STALE;
              task.staleMessage = message;
              audit.append(
                  audit
                      .event(AuditEvent.system("inbox"), null, "task.stale", task)
                      .detail("message", message));
            });
  }

  private void markGone(long key, Optional<UserTaskState> state) {
    Task task = Task.findById(key, LockModeType.PESSIMISTIC_WRITE);
    if (task != null) {
      markStale(task, goneMessage(state));
    }
  }

  static String goneMessage(Optional<UserTaskState> state) {
    if (state.isPresent() && state.get() == UserTaskState.COMPLETED) {
      return "The step was completed outside the inbox (for example in Tasklist).";
    }
    return "The engine no longer has this step (its incident was cancelled or the step ended elsewhere).";
  }

  /** Marks a task stale (its user task ended in the engine) and audits it once. */
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
    String text;
    try {
      text = JSON.writeValueAsString(vars);
    } catch (JsonProcessingException e) {
      throw new InboxProblem(400, "Send the variables as a JSON object of plain values.");
    }
    if (text.length() > MAX_VARIABLES_JSON) {
      throw new InboxProblem(
          400,
          "Keep a completion's variables under "
              + MAX_VARIABLES_JSON
              + " characters of JSON; put long text into evidence or a comment instead.");
    }
    return text;
  }

  private static Map<String, Object> variables(String json) {
    try {
      return json == null ? Map.of() : JSON.readValue(json, new TypeReference<>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored completion variables are not JSON: " + e, e);
    }
  }
}
