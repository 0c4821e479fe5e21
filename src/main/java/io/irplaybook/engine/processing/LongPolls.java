package io.irplaybook.engine.processing;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * ActivateJobs requests that found no job and wait for one (Zeebe's long polling). Lives on the
 * processing thread, so it needs no locking.
 */
public final class LongPolls {

  /** A waiting request. */
  public interface Waiting {
    String jobType();

    /** {@link System#nanoTime()} at which the request gives up and answers with no jobs. */
    long expiresAtNanos();

    boolean isCancelled();

    /** Answers with no jobs. */
    void expire();

    /** The command to run again now that jobs of its type may be there. */
    Command retry();
  }

  private final List<Waiting> waiting = new ArrayList<>();

  public void park(Waiting request) {
    waiting.add(request);
  }

  /** Removes and returns the requests waiting for any of the types, oldest first. */
  public List<Command> wake(Set<String> jobTypes) {
    List<Command> retries = new ArrayList<>();
    if (jobTypes.isEmpty()) {
      return retries;
    }
    for (Iterator<Waiting> it = waiting.iterator(); it.hasNext(); ) {
      Waiting request = it.next();
      if (jobTypes.contains(request.jobType())) {
        it.remove();
        retries.add(request.retry());
      }
    }
    return retries;
  }

  /** Answers requests whose time is up and forgets those the client gave up on. */
  public void expire(long nowNanos) {
    for (Iterator<Waiting> it = waiting.iterator(); it.hasNext(); ) {
      Waiting request = it.next();
      if (request.isCancelled()) {
        it.remove();
      } else if (nowNanos - request.expiresAtNanos() >= 0) {
        it.remove();
        request.expire();
      }
    }
  }

  public void expireAll() {
    waiting.forEach(Waiting::expire);
    waiting.clear();
  }
}
