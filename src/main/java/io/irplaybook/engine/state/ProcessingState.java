package io.irplaybook.engine.state;

import io.irplaybook.engine.dmn.CompiledDecisions;
import io.irplaybook.engine.model.CompiledProcesses;

/**
 * The engine's whole state in memory, rebuilt from the event log at start: one store per domain,
 * each owning its maps and its own reads and writes, composed as in Zeebe's processing state. Event
 * appliers ({@code state.event}) write through the store of their domain; everything else sees the
 * read-only {@link EngineState}.
 */
public final class ProcessingState implements EngineState {

  private final ProcessDefinitionStore processes;
  private final ElementInstanceStore elementInstances = new ElementInstanceStore();
  private final VariableStore variables = new VariableStore(elementInstances);
  private final JobStore jobs = new JobStore();
  private final UserTaskStore userTasks = new UserTaskStore();
  private final IncidentStore incidents = new IncidentStore();
  private final Timers timers = new Timers();
  private final Messages messages = new Messages();
  private final Signals signals = new Signals();
  private final DecisionStore decisions;
  private final HistoryStore history = new HistoryStore();

  /** When the event being applied was recorded (epoch milliseconds); set before each applier. */
  private long recordedAt;

  public ProcessingState(CompiledProcesses compiledProcesses, CompiledDecisions compiledDecisions) {
    this.processes = new ProcessDefinitionStore(compiledProcesses);
    this.decisions = new DecisionStore(compiledDecisions);
  }

  /** Forgets everything, before the log is replayed again (compile results are kept apart). */
  public void clear() {
    processes.clear();
    elementInstances.clear();
    variables.clear();
    jobs.clear();
    userTasks.clear();
    incidents.clear();
    timers.clear();
    messages.clear();
    signals.clear();
    decisions.clear();
    history.clear();
  }

  /**
   * Sets the time the next event was recorded: now while processing, the stored time in replay, so
   * dates derived from events come out the same after a restart.
   */
  public void at(long recordedAtMillis) {
    this.recordedAt = recordedAtMillis;
  }

  /** The recording time of the event being applied (for appliers that date what they create). */
  public long recordedAt() {
    return recordedAt;
  }

  @Override
  public ProcessDefinitionStore processes() {
    return processes;
  }

  @Override
  public ElementInstanceStore elementInstances() {
    return elementInstances;
  }

  @Override
  public VariableStore variables() {
    return variables;
  }

  @Override
  public JobStore jobs() {
    return jobs;
  }

  @Override
  public UserTaskStore userTasks() {
    return userTasks;
  }

  @Override
  public IncidentStore incidents() {
    return incidents;
  }

  @Override
  public Timers timers() {
    return timers;
  }

  @Override
  public Messages messages() {
    return messages;
  }

  @Override
  public Signals signals() {
    return signals;
  }

  @Override
  public DecisionStore decisions() {
    return decisions;
  }

  @Override
  public HistoryStore history() {
    return history;
  }
}
