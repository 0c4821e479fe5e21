package io.irplaybook.inbox;

/** Where a task stands. OPEN tasks are unclaimed or claimed (see {@link Task#assignee}). */
public enum TaskStatus {
  /** Waiting for or being worked on by a responder; the job is held for it. */
  OPEN,
  /** Completed; the job was completed in the engine. */
  COMPLETED,
  /** The engine no longer knows the job (its instance was cancelled or moved on); nothing to do. */
  STALE
}
