package io.irplaybook.engine.processing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * CreateProcessInstanceWithResult calls waiting for their instance to end. Processing thread only.
 */
public final class ResultAwaiters {

  /** One waiting call. */
  public interface Awaiter {
    void completed(Map<String, Object> variables);

    void failed(Rejection rejection);

    /** {@link System#nanoTime()} after which the call fails with a deadline, or Long.MAX_VALUE. */
    long expiresAtNanos();
  }

  private final Map<Long, List<Awaiter>> byInstance = new HashMap<>();

  public void await(long processInstanceKey, Awaiter awaiter) {
    byInstance.computeIfAbsent(processInstanceKey, k -> new ArrayList<>()).add(awaiter);
  }

  public List<Awaiter> take(long processInstanceKey) {
    List<Awaiter> awaiters = byInstance.remove(processInstanceKey);
    return awaiters == null ? List.of() : awaiters;
  }

  public void expire(long nowNanos) {
    for (Iterator<List<Awaiter>> lists = byInstance.values().iterator(); lists.hasNext(); ) {
      List<Awaiter> awaiters = lists.next();
      awaiters.removeIf(
          a -> {
            if (nowNanos - a.expiresAtNanos() >= 0) {
              a.failed(
                  new Rejection(
                      RejectionType.UNAVAILABLE,
                      "Expected the process instance to complete within the request timeout, but it is still running"));
              return true;
            }
            return false;
          });
      if (awaiters.isEmpty()) {
        lists.remove();
      }
    }
  }

  public void failAll(Rejection rejection) {
    byInstance.values().forEach(list -> list.forEach(a -> a.failed(rejection)));
    byInstance.clear();
  }
}
