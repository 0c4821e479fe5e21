package io.irplaybook.engine.processing;

import io.irplaybook.engine.state.EventLog;
import io.irplaybook.engine.state.ProcessingState;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * The engine's single writer. Commands queue up from gRPC threads; one thread takes whatever has
 * arrived (up to {@value #MAX_BATCH}), processes each against the in-memory state, writes all their
 * events in one transaction and only then answers. Batching is what lets durable commits keep up
 * with many workers: a batch costs one commit however many commands it holds.
 */
public final class CommandProcessor {

  private static final Logger LOG = Logger.getLogger(CommandProcessor.class);
  private static final int MAX_BATCH = 256;

  private final BlockingQueue<Command> queue = new LinkedBlockingQueue<>();
  private final ProcessingState state;
  private final KeyGenerator keys;
  private final EventLog log;
  private final ProcessingContext context;
  private final Consumer<ProcessingContext> dueWork;
  private final long tickNanos;
  private final List<Command> uncommitted = new ArrayList<>();

  // Written by the processing thread only, read by metrics scrapes: volatile is enough.
  private volatile long commits;
  private volatile long commitNanos;
  private volatile boolean accepting = true;
  private volatile boolean halted;
  private boolean needsRecovery;
  private long lastDueWorkNanos;
  private Thread thread;

  public CommandProcessor(
      ProcessingState state,
      KeyGenerator keys,
      EventLog log,
      ProcessingContext context,
      Consumer<ProcessingContext> dueWork,
      Duration tick) {
    this.state = state;
    this.keys = keys;
    this.log = log;
    this.context = context;
    this.dueWork = dueWork;
    this.tickNanos = Math.max(1, tick.toNanos());
  }

  /**
   * Rebuilds the state from the log; call once before {@link #start()}.
   *
   * @return how many events were replayed
   */
  public long recover() throws SQLException {
    state.clear();
    long[] replayed = {0};
    keys.continueAfter(
        log.replay(
            (event, recordedAt) -> {
              state.at(recordedAt);
              event.applyTo(state);
              replayed[0]++;
            }));
    return replayed[0];
  }

  public void start() {
    thread = new Thread(this::loop, "irp-engine-processor");
    thread.setDaemon(true);
    thread.start();
  }

  /** Commands waiting for the processing thread. */
  public int backlog() {
    return queue.size();
  }

  /** Batches committed to the database since start. */
  public long commits() {
    return commits;
  }

  /** Time spent committing those batches, in nanoseconds. */
  public long commitNanos() {
    return commitNanos;
  }

  public void submit(Command command) {
    if (!accepting) {
      command.abandon(
          new Rejection(
              RejectionType.UNAVAILABLE,
              "Expected the engine to accept commands, but it is shutting down"));
      return;
    }
    queue.add(command);
  }

  /** Finishes what was submitted, then stops. */
  public void close() {
    accepting = false;
    join();
  }

  /** Stops without answering or writing anything more, as a crash would. */
  public void halt() {
    halted = true;
    accepting = false;
    join();
  }

  private void join() {
    if (thread != null) {
      try {
        thread.join(TimeUnit.SECONDS.toMillis(10));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void loop() {
    List<Command> batch = new ArrayList<>(MAX_BATCH);
    while (!halted && (accepting || !queue.isEmpty())) {
      try {
        batch.clear();
        Command first = queue.poll(tickNanos, TimeUnit.NANOSECONDS);
        if (first != null) {
          batch.add(first);
          queue.drainTo(batch, MAX_BATCH - 1);
        }
        if (halted) {
          return;
        }
        processBatch(batch);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException | Error e) {
        LOG.error("Engine processing loop failed; rebuilding state from the log", e);
        needsRecovery = true;
      }
    }
    if (!halted) {
      Rejection closing =
          new Rejection(
              RejectionType.UNAVAILABLE, "Expected the engine to answer, but it shut down");
      context.longPolls().expireAll();
      context.resultAwaiters().failAll(closing);
      log.close();
    }
  }

  private void processBatch(List<Command> batch) {
    if (needsRecovery && !tryRecover()) {
      Rejection down =
          new Rejection(
              RejectionType.UNAVAILABLE,
              "Expected the engine's database to be reachable, but it is not; retry shortly");
      batch.forEach(c -> c.abandon(down));
      return;
    }
    long nowNanos = System.nanoTime();
    if (nowNanos - lastDueWorkNanos >= tickNanos) {
      lastDueWorkNanos = nowNanos;
      runInternal(dueWork);
    }
    for (Command command : batch) {
      processOne(command);
    }
    // Workers waiting for the jobs this batch created take them in the same batch: one commit
    // covers
    // both the step that made the job and its activation, which halves commits per step at low
    // load.
    for (Command woken : context.longPolls().wake(context.activatableTypes())) {
      processOne(woken);
    }
    context.activatableTypes().clear();
    commit();
    context.longPolls().expire(System.nanoTime());
    context.resultAwaiters().expire(System.nanoTime());
  }

  private void runInternal(Consumer<ProcessingContext> work) {
    ProcessingContext.Mark mark = context.mark();
    try {
      work.accept(context);
      context.runFollowUps();
    } catch (RuntimeException e) {
      LOG.error("Engine housekeeping failed; its changes are discarded", e);
      context.truncate(mark);
      commit();
      needsRecovery = !tryRecover();
    }
  }

  private void processOne(Command command) {
    ProcessingContext.Mark mark = context.mark();
    try {
      command.process(context);
      context.runFollowUps();
      uncommitted.add(command);
    } catch (RuntimeException e) {
      LOG.errorf(e, "Engine failed to process %s; its changes are discarded", command);
      context.truncate(mark);
      commit();
      command.abandon(
          new Rejection(
              RejectionType.INTERNAL,
              "Expected to process " + command + ", but the engine failed: " + e));
      needsRecovery = !tryRecover();
    }
  }

  private void commit() {
    if (halted) {
      return;
    }
    long started = System.nanoTime();
    try {
      log.append(context.pendingEvents(), context.finishedInstances(), context.keyWatermark());
      commitNanos += System.nanoTime() - started;
      commits++;
    } catch (SQLException e) {
      LOG.errorf(
          e,
          "Engine could not store %d events; %d commands are answered UNAVAILABLE",
          context.pendingEvents().size(),
          uncommitted.size());
      Rejection failed =
          new Rejection(
              RejectionType.UNAVAILABLE,
              "Expected to store the command's result, but the database refused: "
                  + e.getMessage());
      uncommitted.forEach(c -> c.abandon(failed));
      uncommitted.clear();
      context.clearBatch();
      needsRecovery = true;
      return;
    }
    uncommitted.clear();
    context.answers().forEach(Runnable::run);
    queue.addAll(context.longPolls().wake(context.activatableTypes()));
    context.clearBatch();
  }

  private boolean tryRecover() {
    try {
      recover();
      needsRecovery = false;
      LOG.info("Engine state rebuilt from the event log");
      return true;
    } catch (SQLException | RuntimeException e) {
      LOG.errorf("Engine could not rebuild its state from the database: %s", e.getMessage());
      return false;
    }
  }
}
