package io.irplaybook.engine.state;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Read-only view of what is over but still worth a search: finished element instances and ended
 * user tasks of each process instance, and the final variables of finished process instances.
 */
public interface History {

  /** What one process instance left behind. */
  final class Trail {
    final List<FinishedElement> elements = new ArrayList<>();
    final List<UserTask> userTasks = new ArrayList<>();
    Map<String, Object> finalVariables;

    public List<FinishedElement> elements() {
      return elements;
    }

    public List<UserTask> userTasks() {
      return userTasks;
    }

    /** The process instance's own variables when it ended; null while it runs. */
    public Map<String, Object> finalVariables() {
      return finalVariables;
    }
  }

  /** The trail of a running or recently finished process instance, or null. */
  Trail of(long processInstanceKey);

  /** Every trail kept, running instances first. */
  List<Trail> trails();

  /** Keys of the finished process instances still kept. */
  Collection<Long> finishedProcessInstances();
}
