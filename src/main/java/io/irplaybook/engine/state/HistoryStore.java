package io.irplaybook.engine.state;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What is over but still worth a search: finished element instances and ended user tasks of each
 * process instance, and the final variables of finished process instances.
 *
 * <p>While a process instance runs, its history is rebuilt by replay like the rest of the state. A
 * finished instance's events leave the log (see {@link EventLog}), so its history is kept in memory
 * only, for the newest {@value #FINISHED_KEPT} finished instances, and is gone after a restart.
 */
public final class HistoryStore implements History {

  static final int FINISHED_KEPT = 1000;

  private final Map<Long, Trail> running = new LinkedHashMap<>();
  private final Map<Long, Trail> finished =
      new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Trail> eldest) {
          return size() > FINISHED_KEPT;
        }
      };

  HistoryStore() {}

  public void elementFinished(FinishedElement element, Map<String, Object> processVariables) {
    Trail trail = running.computeIfAbsent(element.processInstanceKey(), k -> new Trail());
    trail.elements.add(element);
    if (element.key() == element.processInstanceKey()) {
      // Not Map.copyOf: process variables may hold null (a declared but unknown value).
      trail.finalVariables =
          processVariables == null
              ? Map.of()
              : Collections.unmodifiableMap(new LinkedHashMap<>(processVariables));
      running.remove(element.key());
      finished.put(element.key(), trail);
    }
  }

  public void userTaskEnded(UserTask task) {
    Trail trail = running.get(task.processInstanceKey());
    if (trail == null) {
      trail = finished.get(task.processInstanceKey());
    }
    if (trail == null) {
      trail = new Trail();
      running.put(task.processInstanceKey(), trail);
    }
    trail.userTasks.add(task);
  }

  @Override
  public Trail of(long processInstanceKey) {
    Trail trail = running.get(processInstanceKey);
    return trail != null ? trail : finished.get(processInstanceKey);
  }

  @Override
  public List<Trail> trails() {
    List<Trail> all = new ArrayList<>(running.size() + finished.size());
    all.addAll(running.values());
    all.addAll(finished.values());
    return all;
  }

  @Override
  public Collection<Long> finishedProcessInstances() {
    return finished.keySet();
  }

  void clear() {
    running.clear();
    finished.clear();
  }
}
