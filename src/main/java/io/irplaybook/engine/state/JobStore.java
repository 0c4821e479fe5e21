package io.irplaybook.engine.state;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The jobs by key, with an index per job state that the processing thread polls: activatable by
 * type (ActivateJobs), activated (deadlines) and in back-off (retry times).
 */
public final class JobStore implements Jobs {

  private final Map<Long, Job> byKey = new HashMap<>();
  private final Map<String, Set<Long>> activatableByType = new HashMap<>();
  private final Set<Long> activated = new LinkedHashSet<>();
  private final Set<Long> backoff = new LinkedHashSet<>();

  JobStore() {}

  public void create(Job job) {
    byKey.put(job.key(), job);
    makeActivatable(job);
  }

  public void activate(long key, String worker, long deadline) {
    Job job = byKey.get(key);
    leaveState(job);
    job.state = JobState.ACTIVATED;
    job.worker = worker;
    job.deadline = deadline;
    activated.add(key);
  }

  public void makeActivatable(long key) {
    makeActivatable(byKey.get(key));
  }

  private void makeActivatable(Job job) {
    leaveState(job);
    job.state = JobState.ACTIVATABLE;
    job.deadline = 0;
    job.backoffUntil = 0;
    activatableByType.computeIfAbsent(job.type(), t -> new LinkedHashSet<>()).add(job.key());
  }

  public void fail(long key, int retries, String errorMessage, long backoffUntil) {
    Job job = byKey.get(key);
    job.retries = retries;
    job.errorMessage = errorMessage;
    if (retries <= 0) {
      leaveState(job);
      job.state = JobState.FAILED;
    } else if (backoffUntil > 0) {
      leaveState(job);
      job.state = JobState.BACKOFF;
      job.backoffUntil = backoffUntil;
      backoff.add(key);
    } else {
      makeActivatable(job);
    }
  }

  public void markErrorThrown(long key, String errorMessage) {
    Job job = byKey.get(key);
    leaveState(job);
    job.state = JobState.ERROR_THROWN;
    job.errorMessage = errorMessage;
  }

  public void setRetries(long key, int retries) {
    byKey.get(key).retries = retries;
  }

  public void setDeadline(long key, long deadline) {
    byKey.get(key).deadline = deadline;
  }

  /** The job was completed or canceled; returns it, or null when it is gone already. */
  public Job remove(long key) {
    Job job = byKey.remove(key);
    if (job != null) {
      leaveState(job);
    }
    return job;
  }

  private void leaveState(Job job) {
    switch (job.state) {
      case ACTIVATABLE -> {
        Set<Long> ofType = activatableByType.get(job.type());
        if (ofType != null) {
          ofType.remove(job.key());
          if (ofType.isEmpty()) {
            activatableByType.remove(job.type());
          }
        }
      }
      case ACTIVATED -> activated.remove(job.key());
      case BACKOFF -> backoff.remove(job.key());
      default -> {}
    }
  }

  @Override
  public Job job(long key) {
    return byKey.get(key);
  }

  @Override
  public Collection<Long> activatable(String type) {
    Set<Long> ofType = activatableByType.get(type);
    return ofType == null ? List.of() : ofType;
  }

  @Override
  public Collection<Long> activated() {
    return activated;
  }

  @Override
  public Collection<Long> inBackoff() {
    return backoff;
  }

  void clear() {
    byKey.clear();
    activatableByType.clear();
    activated.clear();
    backoff.clear();
  }
}
