package io.irplaybook.engine.state;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The read-only view processors work from; only event appliers change state. */
public interface EngineState {

  DeployedProcess process(long processDefinitionKey);

  /** The newest version, or null. */
  DeployedProcess latestProcess(String bpmnProcessId);

  DeployedProcess process(String bpmnProcessId, int version);

  ElementInstance instance(long key);

  /** Keys of the active element instances directly inside a scope, oldest first. */
  Collection<Long> children(long scopeKey);

  /** The child process instance a call activity instance started, or -1. */
  long calledProcessOf(long callActivityInstanceKey);

  /** The call activity instance that started a process instance, or -1 for a root instance. */
  long callingElementOf(long processInstanceKey);

  /** Variables defined on exactly this scope. */
  Map<String, Object> localVariables(long scopeKey);

  /** Every variable visible from a scope: its own first, then each enclosing scope's. */
  Map<String, Object> visibleVariables(long scopeKey);

  /** The nearest scope, from {@code scopeKey} outwards, that defines the variable; -1 if none. */
  long scopeDefining(long scopeKey, String name);

  /** The key of a variable on exactly this scope, or 0 when it has none. */
  long variableKey(long scopeKey, String name);

  /** Keys of the scopes that hold variables. */
  Collection<Long> variableScopes();

  /** Every active element instance. */
  Collection<ElementInstance> instances();

  /** Open Camunda user tasks. */
  UserTaskStore userTasks();

  /** Finished element instances, ended user tasks and finished process instances. */
  History history();

  /** Every unresolved incident. */
  Collection<Incident> incidents();

  Job job(long key);

  /** Keys of jobs of a type that a worker may take now, oldest first. */
  Collection<Long> activatableJobs(String type);

  /** Keys of activated jobs (to check their deadlines). */
  Collection<Long> activatedJobs();

  /** Keys of failed jobs waiting out a retry back-off. */
  Collection<Long> jobsInBackoff();

  Incident incident(long key);

  List<Incident> incidentsOf(long elementInstanceKey);

  TimerIndex timers();

  MessageIndex messages();

  SignalIndex signals();

  Collection<DeployedProcess> latestProcesses();

  /** The newest version of a decision, or null. */
  DeployedDecision latestDecision(String decisionId);

  DeployedDecision decision(long decisionKey);
}
