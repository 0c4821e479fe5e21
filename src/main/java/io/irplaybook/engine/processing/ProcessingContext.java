package io.irplaybook.engine.processing;

import io.irplaybook.engine.state.EngineState;
import io.irplaybook.engine.state.ProcessingState;
import io.irplaybook.engine.state.StoredEvent;
import io.irplaybook.engine.state.event.EngineEvent;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a command sees while it is processed: the state, a way to emit events, keys, time, and a
 * place for answers that must wait until the batch is committed. Used by the processing thread
 * only.
 */
public final class ProcessingContext {

  private final ProcessingState state;
  private final KeyGenerator keys;
  private final Clock clock;
  private final LongPolls longPolls = new LongPolls();
  private final ResultAwaiters resultAwaiters = new ResultAwaiters();
  private final List<StoredEvent> pending = new ArrayList<>();
  private final Set<Long> finishedInstances = new HashSet<>();
  private final List<Runnable> afterCommit = new ArrayList<>();
  private final ArrayDeque<Runnable> followUps = new ArrayDeque<>();
  private final Set<String> activatableTypes = new HashSet<>();

  public ProcessingContext(ProcessingState state, KeyGenerator keys, Clock clock) {
    this.state = state;
    this.keys = keys;
    this.clock = clock;
  }

  public EngineState state() {
    return state;
  }

  /** Records an event and applies it at once, so what follows in the same command sees it. */
  public void emit(EngineEvent event) {
    long processInstanceKey =
        event.processInstanceKey(state); // read before the event changes the state
    long recordedAt = clock.millis();
    state.at(recordedAt);
    event.applyTo(state);
    pending.add(new StoredEvent(event, processInstanceKey, recordedAt));
  }

  /** The process instance ended: its events leave the log with this batch. */
  public void instanceFinished(long processInstanceKey) {
    finishedInstances.add(processInstanceKey);
  }

  public long nextKey() {
    return keys.next();
  }

  /** Engine time in epoch milliseconds (the injected clock). */
  public long now() {
    return clock.millis();
  }

  public void respond(Runnable answer) {
    afterCommit.add(answer);
  }

  public <T> void respond(Responder<T> responder, T response) {
    afterCommit.add(() -> responder.succeed(response));
  }

  public void reject(Responder<?> responder, Rejection rejection) {
    afterCommit.add(() -> responder.reject(rejection));
  }

  /** Work that continues the current command after the current step (keeps the stack flat). */
  public void followUp(Runnable step) {
    followUps.add(step);
  }

  void runFollowUps() {
    Runnable step;
    while ((step = followUps.poll()) != null) {
      step.run();
    }
  }

  /**
   * Jobs of this type can be activated now: waiting ActivateJobs requests are woken after the
   * commit.
   */
  public void jobsActivatable(String type) {
    activatableTypes.add(type);
  }

  public LongPolls longPolls() {
    return longPolls;
  }

  public ResultAwaiters resultAwaiters() {
    return resultAwaiters;
  }

  // ---- used by the processor around commits

  record Mark(int events, int answers, Set<Long> finished) {}

  Mark mark() {
    return new Mark(pending.size(), afterCommit.size(), Set.copyOf(finishedInstances));
  }

  /** Forgets what was recorded after the mark (a command failed half-way). */
  void truncate(Mark mark) {
    pending.subList(mark.events(), pending.size()).clear();
    finishedInstances.retainAll(mark.finished());
    afterCommit.subList(mark.answers(), afterCommit.size()).clear();
    followUps.clear();
  }

  List<StoredEvent> pendingEvents() {
    return pending;
  }

  Set<Long> finishedInstances() {
    return finishedInstances;
  }

  List<Runnable> answers() {
    return afterCommit;
  }

  Set<String> activatableTypes() {
    return activatableTypes;
  }

  void clearBatch() {
    pending.clear();
    finishedInstances.clear();
    afterCommit.clear();
    followUps.clear();
    activatableTypes.clear();
  }

  long keyWatermark() {
    return keys.watermark();
  }
}
