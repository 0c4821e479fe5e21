package io.irplaybook.inbox.service;

import io.irplaybook.inbox.Task;
import io.irplaybook.inbox.TaskStatus;
import io.irplaybook.inbox.config.InboxConfig;
import io.irplaybook.platform.ServiceConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Holds open tasks' jobs: refreshes their activation timeout at start-up (re-attaching after a
 * restart) and then periodically. A job the engine no longer knows marks its task stale. A job
 * whose timeout passed while the service was down is handed out again and {@link TaskIntake} finds
 * its task.
 */
@ApplicationScoped
public class JobLease {

  private static final Logger LOG = Logger.getLogger(JobLease.class);

  private final EngineCalls engine;
  private final TaskCompletion completion;
  private final InboxConfig config;
  private final ServiceConfig service;

  JobLease(
      EngineCalls engine, TaskCompletion completion, InboxConfig config, ServiceConfig service) {
    this.engine = engine;
    this.completion = completion;
    this.config = config;
    this.service = service;
  }

  void onStart(@Observes @Priority(31) StartupEvent event) {
    refreshAll();
  }

  @Scheduled(
      every = "${irp.inbox.lease-refresh-interval:10m}",
      delayed = "${irp.inbox.lease-refresh-interval:10m}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      // A run that fires once shutdown has begun would find the database closed and log an error.
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  void scheduled() {
    refreshAll();
  }

  /** Refreshes every open task's job; returns how many jobs were found gone. */
  public int refreshAll() {
    if (!service.enabled()) {
      return 0;
    }
    List<Long> open =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    Task.<Task>list("status", TaskStatus.OPEN).stream()
                        .map(t -> t.jobKey)
                        .toList());
    int gone = 0;
    for (long jobKey : open) {
      try {
        if (engine.extendTimeout(jobKey, config.jobTimeout()) == EngineCalls.Outcome.NOT_FOUND) {
          QuarkusTransaction.requiringNew()
              .run(
                  () ->
                      completion.markStale(
                          Task.findById(jobKey),
                          "The engine no longer has this step (its incident was cancelled or the step ended elsewhere)."));
          gone++;
        }
      } catch (RuntimeException e) {
        // Not activated right now (timed out while the service was down): the worker gets it again.
        LOG.debugf("Could not extend the timeout of job %d: %s", jobKey, e.getMessage());
      }
    }
    return gone;
  }
}
