package io.irplaybook.engine.state;

import java.util.Collection;

/** Read-only view of the open Camunda user tasks. */
public interface UserTasks {

  UserTask get(long key);

  /** The open task of an element instance, or null. */
  UserTask ofElementInstance(long elementInstanceKey);

  /** Open tasks, oldest first. */
  Collection<UserTask> open();
}
