package io.irplaybook.engine.state;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** The open Camunda user tasks, by key and by the element instance that holds each. */
public final class UserTaskStore implements UserTasks {

  private final Map<Long, UserTask> byKey = new LinkedHashMap<>();
  private final Map<Long, Long> byElementInstance = new HashMap<>();

  UserTaskStore() {}

  public void create(UserTask task) {
    byKey.put(task.key(), task);
    byElementInstance.put(task.elementInstanceKey(), task.key());
  }

  public void assign(long key, String assignee) {
    replace(byKey.get(key).withAssignee(assignee));
  }

  public void update(long key, UserTaskChanges changes) {
    replace(byKey.get(key).withChanges(changes));
  }

  private void replace(UserTask task) {
    byKey.put(task.key(), task);
  }

  /** Removes an open task and returns it, or null when it is not open. */
  public UserTask remove(long key) {
    UserTask task = byKey.remove(key);
    if (task != null) {
      byElementInstance.remove(task.elementInstanceKey());
    }
    return task;
  }

  @Override
  public UserTask get(long key) {
    return byKey.get(key);
  }

  @Override
  public UserTask ofElementInstance(long elementInstanceKey) {
    Long key = byElementInstance.get(elementInstanceKey);
    return key == null ? null : byKey.get(key);
  }

  @Override
  public Collection<UserTask> open() {
    return byKey.values();
  }

  void clear() {
    byKey.clear();
    byElementInstance.clear();
  }
}
