package io.irplaybook.inbox.service;

import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.UserTask;
import io.irplaybook.inbox.Task;
import io.irplaybook.inbox.TaskStatus;
import io.irplaybook.inbox.config.InboxConfig;
import io.irplaybook.platform.ServiceConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * How the inbox learns what the engine holds: every {@code irp.inbox.poll-interval} it searches the
 * open (CREATED) Camunda user tasks, records the ones it has not seen, sends pending completions
 * again, and lets tasks the engine has ended (completed elsewhere, cancelled with their scope)
 * leave the inbox. The engine keeps the task state, so after a crash or on another replica the next
 * round finds every open task again; nothing is held, so nothing waits for a timeout.
 */
@ApplicationScoped
public class UserTaskPoll {

  /** What one round did. */
  public record Round(int recorded, int ended, int completionsSettled) {}

  private static final Logger LOG = Logger.getLogger(UserTaskPoll.class);

  private final EngineCalls engine;
  private final TaskIntake intake;
  private final TaskCompletion completion;
  private final InboxConfig config;
  private final ServiceConfig service;

  UserTaskPoll(
      EngineCalls engine,
      TaskIntake intake,
      TaskCompletion completion,
      InboxConfig config,
      ServiceConfig service) {
    this.engine = engine;
    this.intake = intake;
    this.completion = completion;
    this.config = config;
    this.service = service;
  }

  @Scheduled(
      every = "${irp.inbox.poll-interval:1s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      // A run that fires once shutdown has begun would find the database closed and log an error.
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  void scheduled() {
    if (!service.enabled() || !config.pollEnabled()) {
      return;
    }
    try {
      pollOnce();
    } catch (RuntimeException e) {
      // The engine is away or answered oddly: the next round tries again, losing nothing.
      LOG.warnf("Inbox poll failed; trying again in %s: %s", config.pollInterval(), e.toString());
    }
  }

  /** One round (also what tests call instead of waiting for the scheduler). */
  public synchronized Round pollOnce() {
    int settled = completion.resendPending();
    List<UserTask> open = engine.openTasks(config.pollPageSize());
    Set<Long> openKeys = new HashSet<>();
    open.forEach(task -> openKeys.add(task.getUserTaskKey()));
    Set<Long> known = recordedAmong(openKeys);
    int recorded = 0;
    for (UserTask task : open) {
      if (!known.contains(task.getUserTaskKey()) && record(task)) {
        recorded++;
      }
    }
    int ended = 0;
    for (long key : openInInbox()) {
      if (!openKeys.contains(key) && leaveIfEnded(key)) {
        ended++;
      }
    }
    return new Round(recorded, ended, settled);
  }

  private boolean record(UserTask task) {
    try {
      return intake.accept(task, engine.variables(task.getUserTaskKey()));
    } catch (RuntimeException e) {
      // Another replica recorded it at the same moment (primary key), or the task ended between
      // the search and the variables: either way the next round sees how it stands.
      LOG.debugf("Task %d not recorded this round: %s", task.getUserTaskKey(), e.toString());
      return false;
    }
  }

  /**
   * A task open here but not in the search: asks the engine about it alone (it may have been
   * created after the search, by another replica's round) and marks it stale when it has ended.
   */
  private boolean leaveIfEnded(long key) {
    Optional<UserTaskState> state = engine.state(key);
    if (state.isPresent()
        && state.get() != UserTaskState.COMPLETED
        && state.get() != UserTaskState.CANCELED) {
      return false;
    }
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              Task task = Task.findById(key, LockModeType.PESSIMISTIC_WRITE);
              if (task == null || task.status != TaskStatus.OPEN) {
                return false;
              }
              completion.markStale(task, TaskCompletion.goneMessage(state));
              LOG.infof(
                  "Task %d of incident %s left the inbox: %s",
                  key, task.incidentId, task.staleMessage);
              return true;
            });
  }

  /** Which of these keys have a task already, asked in chunks to keep each query small. */
  private static Set<Long> recordedAmong(Set<Long> keys) {
    List<Long> all = List.copyOf(keys);
    Set<Long> recorded = new HashSet<>();
    for (int from = 0; from < all.size(); from += 500) {
      List<Long> chunk = all.subList(from, Math.min(all.size(), from + 500));
      recorded.addAll(
          QuarkusTransaction.requiringNew()
              .call(
                  () ->
                      Task.getEntityManager()
                          .createQuery(
                              "select t.jobKey from Task t where t.jobKey in :keys", Long.class)
                          .setParameter("keys", chunk)
                          .getResultList()));
    }
    return recorded;
  }

  private static List<Long> openInInbox() {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                Task.getEntityManager()
                    .createQuery("select t.jobKey from Task t where t.status = :open", Long.class)
                    .setParameter("open", TaskStatus.OPEN)
                    .getResultList());
  }
}
