package io.irplaybook.engine.state;

import java.util.Collection;

/** Read-only view of the jobs, indexed by what each state needs looked up. */
public interface Jobs {

  Job job(long key);

  /** Keys of jobs of a type that a worker may take now, oldest first. */
  Collection<Long> activatable(String type);

  /** Keys of activated jobs (to check their deadlines). */
  Collection<Long> activated();

  /** Keys of failed jobs waiting out a retry back-off. */
  Collection<Long> inBackoff();
}
