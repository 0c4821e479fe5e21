package io.irplaybook.engine.state;

/**
 * The read-only view processors, commands and searches work from: one read-only store per domain.
 * Only event appliers change state, through {@link ProcessingState}.
 */
public interface EngineState {

  ProcessDefinitions processes();

  ElementInstances elementInstances();

  Variables variables();

  Jobs jobs();

  /** Open Camunda user tasks. */
  UserTasks userTasks();

  /** Unresolved incidents. */
  Incidents incidents();

  TimerIndex timers();

  MessageIndex messages();

  SignalIndex signals();

  /** Deployed decisions and their graphs. */
  Decisions decisions();

  /** Finished element instances, ended user tasks and finished process instances. */
  History history();
}
