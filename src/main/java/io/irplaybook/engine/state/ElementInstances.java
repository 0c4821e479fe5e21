package io.irplaybook.engine.state;

import java.util.Collection;

/** Read-only view of the active element instances and the links between them. */
public interface ElementInstances {

  ElementInstance instance(long key);

  /** Keys of the active element instances directly inside a scope, oldest first. */
  Collection<Long> children(long scopeKey);

  /** Every active element instance. */
  Collection<ElementInstance> all();

  /** The child process instance a call activity instance started, or -1. */
  long calledProcessOf(long callActivityInstanceKey);

  /** The call activity instance that started a process instance, or -1 for a root instance. */
  long callingElementOf(long processInstanceKey);
}
