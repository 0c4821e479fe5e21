package io.irplaybook.inbox;

/** Where a task stands. OPEN tasks are unclaimed or claimed (see {@link Task#assignee}). */
public enum TaskStatus {
  /** Waiting for or being worked on by a responder; the user task is open in the engine. */
  OPEN,
  /**
   * Completed in the inbox; the user task is completed in the engine, or the completion is pending.
   */
  COMPLETED,
  /** The engine ended the user task otherwise (cancelled, completed elsewhere); nothing to do. */
  STALE
}
