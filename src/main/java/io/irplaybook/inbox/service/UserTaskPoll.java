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
import java.time.Duration;
import java.time.OffsetDateTime;
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
 *
 * <p>Reading every open task each second costs a deployment with a thousand open steps six searches
 * a second (and on a Camunda cluster, load on its search store) to find the few new ones. So only
 * every {@code irp.inbox.poll-reconcile-interval} does a round read them all; the rounds between
 * read the tasks created since a minute before the newest creation seen, which covers exporters
 * that make tasks searchable out of order.
 */
@ApplicationScoped
public class UserTaskPoll {

  /** What one round did. */
  public record Round(int recorded, int ended, int completionsSettled) {}

  private static final Logger LOG = Logger.getLogger(UserTaskPoll.class);

  /** How far before the newest creation seen a short round looks, for tasks exported late. */
  static final Duration LOOK_BACK = Duration.ofMinutes(1);

  private final EngineCalls engine;
  private final TaskIntake intake;
  private final TaskCompletion completion;
  private final InboxConfig config;
  private final ServiceConfig service;

  /** The newest creation date a round has seen, by the engine's clock; null before a full round. */
  private volatile OffsetDateTime newestCreation;

  /** When the last full round ended (System.nanoTime); meaningless while newestCreation is null. */
  private volatile long lastFullRoundNanos;

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
      boolean due =
          newestCreation == null
              || System.nanoTime() - lastFullRoundNanos >= config.pollReconcileInterval().toNanos();
      if (due) {
        pollOnce();
      } else {
        pollNew();
      }
    } catch (RuntimeException e) {
      // The engine is away or answered oddly: the next round tries again, losing nothing.
      LOG.warnf("Inbox poll failed; trying again in %s: %s", config.pollInterval(), e.toString());
    }
  }

  /**
   * A full round: every open task is read, new ones recorded, ended ones let go (also what tests
   * call instead of waiting for the scheduler).
   */
  public synchronized Round pollOnce() {
    int settled = completion.resendPending();
    List<UserTask> open = engine.openTasks(config.pollPageSize());
    Set<Long> openKeys = new HashSet<>();
    open.forEach(task -> openKeys.add(task.getUserTaskKey()));
    int recorded = recordNew(open);
    int ended = 0;
    for (long key : openInInbox()) {
      if (!openKeys.contains(key) && leaveIfEnded(key)) {
        ended++;
      }
    }
    lastFullRoundNanos = System.nanoTime();
    // With nothing open a short round has no anchor, so rounds stay full (and cheap) until one is.
    remember(open);
    return new Round(recorded, ended, settled);
  }

  /**
   * A short round: only tasks created since shortly before the newest creation seen are read and
   * the new ones recorded; ended tasks wait for the next full round.
   */
  public synchronized Round pollNew() {
    if (newestCreation == null) {
      return pollOnce();
    }
    int settled = completion.resendPending();
    List<UserTask> recent =
        engine.openTasksCreatedSince(newestCreation.minus(LOOK_BACK), config.pollPageSize());
    int recorded = recordNew(recent);
    remember(recent);
    return new Round(recorded, 0, settled);
  }

  private int recordNew(List<UserTask> tasks) {
    Set<Long> keys = new HashSet<>();
    tasks.forEach(task -> keys.add(task.getUserTaskKey()));
    Set<Long> known = recordedAmong(keys);
    int recorded = 0;
    for (UserTask task : tasks) {
      if (!known.contains(task.getUserTaskKey()) && record(task)) {
        recorded++;
      }
    }
    return recorded;
  }

  private void remember(List<UserTask> tasks) {
    for (UserTask task : tasks) {
      OffsetDateTime created = task.getCreationDate();
      if (created != null && (newestCreation == null || created.isAfter(newestCreation))) {
        newestCreation = created;
      }
    }
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
