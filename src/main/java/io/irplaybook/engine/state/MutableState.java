package io.irplaybook.engine.state;

import io.irplaybook.engine.dmn.DmnCompiler;
import io.irplaybook.engine.model.CompileResult;
import io.irplaybook.engine.model.ExecutableProcess;
import io.irplaybook.engine.model.ProcessCompiler;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The engine's whole state in memory, rebuilt from the event log at start. Mutators are called by
 * event appliers only ({@code state.event}); everything else sees {@link EngineState}.
 */
public final class MutableState implements EngineState {

  private final ProcessCompiler compiler;
  private final Map<String, CompileResult> compiledByChecksum = new HashMap<>();
  private final Map<Long, DeployedProcess> processesByKey = new HashMap<>();
  private final Map<String, TreeMap<Integer, DeployedProcess>> processesById = new HashMap<>();
  private final Map<Long, ElementInstance> instances = new HashMap<>();
  private final Map<Long, Set<Long>> childrenByScope = new HashMap<>();
  private final Map<Long, Map<String, Object>> variablesByScope = new HashMap<>();
  private final Map<Long, Job> jobs = new HashMap<>();
  private final Map<String, Set<Long>> activatableByType = new HashMap<>();
  private final Set<Long> activated = new LinkedHashSet<>();
  private final Set<Long> backoff = new LinkedHashSet<>();
  private final Map<Long, Incident> incidents = new LinkedHashMap<>();
  private final DecisionStore decisions = new DecisionStore(new DmnCompiler());
  private final CallLinks callLinks = new CallLinks();
  private final Timers timers = new Timers();
  private final Messages messages = new Messages();
  private final Signals signals = new Signals();
  private final Map<Long, Map<String, Long>> variableKeysByScope = new HashMap<>();
  private final UserTaskStore userTasks = new UserTaskStore();
  private final History history = new History();

  /** When the event being applied was recorded (epoch milliseconds); set before each applier. */
  private long recordedAt;

  public MutableState(ProcessCompiler compiler) {
    this.compiler = compiler;
  }

  /** Forgets everything but compiled processes, before the log is replayed again. */
  public void clear() {
    processesByKey.clear();
    processesById.clear();
    instances.clear();
    childrenByScope.clear();
    variablesByScope.clear();
    jobs.clear();
    activatableByType.clear();
    activated.clear();
    backoff.clear();
    incidents.clear();
    decisions.clear();
    callLinks.clear();
    timers.clear();
    messages.clear();
    signals.clear();
    variableKeysByScope.clear();
    userTasks.clear();
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

  // ---- deployments

  /** Remembers a compile result so applying the deployment event does not parse the XML again. */
  public void rememberCompiled(String checksum, CompileResult result) {
    compiledByChecksum.put(checksum, result);
  }

  /**
   * The compile result of content with this checksum, when a deployment or the replay of one
   * compiled it already. A restart replays every deployed process and then deploys the playbooks
   * again, mostly unchanged: without this they were parsed, validated and compiled twice.
   */
  public Optional<CompileResult> compiled(String checksum) {
    return Optional.ofNullable(compiledByChecksum.get(checksum));
  }

  public void putProcess(
      long key,
      String bpmnProcessId,
      int version,
      String resourceName,
      String checksum,
      String xml) {
    CompileResult compiled =
        compiledByChecksum.computeIfAbsent(
            checksum, c -> compiler.compile(resourceName, xml.getBytes(StandardCharsets.UTF_8)));
    ExecutableProcess executable =
        compiled.processes().stream()
            .filter(p -> p.bpmnProcessId().equals(bpmnProcessId))
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "Expected process '"
                            + bpmnProcessId
                            + "' in '"
                            + resourceName
                            + "', but it does not compile any more"));
    DeployedProcess process =
        new DeployedProcess(key, bpmnProcessId, version, resourceName, checksum, executable);
    processesByKey.put(key, process);
    processesById.computeIfAbsent(bpmnProcessId, id -> new TreeMap<>()).put(version, process);
  }

  @Override
  public DeployedProcess process(long processDefinitionKey) {
    return processesByKey.get(processDefinitionKey);
  }

  @Override
  public DeployedProcess latestProcess(String bpmnProcessId) {
    TreeMap<Integer, DeployedProcess> versions = processesById.get(bpmnProcessId);
    return versions == null ? null : versions.lastEntry().getValue();
  }

  @Override
  public DeployedProcess process(String bpmnProcessId, int version) {
    TreeMap<Integer, DeployedProcess> versions = processesById.get(bpmnProcessId);
    return versions == null ? null : versions.get(version);
  }

  // ---- element instances

  public void createInstance(
      long key,
      long processInstanceKey,
      long processDefinitionKey,
      String elementId,
      long flowScopeKey) {
    ElementInstance created =
        new ElementInstance(key, processInstanceKey, processDefinitionKey, elementId, flowScopeKey);
    created.startDate = recordedAt;
    instances.put(key, created);
    if (flowScopeKey >= 0) {
      childrenByScope.computeIfAbsent(flowScopeKey, k -> new LinkedHashSet<>()).add(key);
      ElementInstance scope = instances.get(flowScopeKey);
      if (scope != null) {
        scope.activeChildren++;
      }
    }
  }

  public void setElementState(long key, ElementState state) {
    ElementInstance instance = instances.get(key);
    if (instance != null) {
      instance.state = state;
    }
  }

  /**
   * The instance is completed or terminated: it and its local variables go, and it is kept in the
   * history.
   */
  public void finishInstance(long key, boolean completed) {
    ElementInstance instance = instances.get(key);
    if (instance != null) {
      history.elementFinished(
          new FinishedElement(
              key,
              instance.processInstanceKey(),
              instance.processDefinitionKey(),
              instance.elementId(),
              instance.flowScopeKey(),
              completed,
              instance.startDate(),
              recordedAt),
          instance.isProcessInstance() ? variablesByScope.get(key) : null);
    }
    removeInstance(key);
  }

  private void removeInstance(long key) {
    ElementInstance instance = instances.remove(key);
    variablesByScope.remove(key);
    variableKeysByScope.remove(key);
    callLinks.forget(key);
    childrenByScope.remove(key);
    if (instance != null && instance.flowScopeKey() >= 0) {
      Set<Long> siblings = childrenByScope.get(instance.flowScopeKey());
      if (siblings != null) {
        siblings.remove(key);
      }
      ElementInstance scope = instances.get(instance.flowScopeKey());
      if (scope != null) {
        scope.activeChildren--;
      }
    }
  }

  public void setInstanceJob(long elementInstanceKey, long jobKey) {
    ElementInstance instance = instances.get(elementInstanceKey);
    if (instance != null) {
      instance.jobKey = jobKey;
    }
  }

  public void addJoinToken(long scopeKey, String gatewayId, String flowId) {
    ElementInstance scope = instances.get(scopeKey);
    scope
        .joinTokens
        .computeIfAbsent(gatewayId, g -> new HashMap<>())
        .merge(flowId, 1, Integer::sum);
  }

  /** A join fired: one token of every incoming flow is used up. */
  public void consumeJoinTokens(long scopeKey, String gatewayId) {
    ElementInstance scope = instances.get(scopeKey);
    Map<String, Integer> flows = scope.joinTokens.get(gatewayId);
    if (flows != null) {
      flows.replaceAll((flow, count) -> count - 1);
      flows.values().removeIf(count -> count <= 0);
      if (flows.isEmpty()) {
        scope.joinTokens.remove(gatewayId);
      }
    }
  }

  @Override
  public ElementInstance instance(long key) {
    return instances.get(key);
  }

  @Override
  public Collection<Long> children(long scopeKey) {
    Set<Long> children = childrenByScope.get(scopeKey);
    return children == null ? List.of() : List.copyOf(children);
  }

  public void linkCalledProcess(long callActivityInstanceKey, long childProcessInstanceKey) {
    callLinks.link(callActivityInstanceKey, childProcessInstanceKey);
  }

  @Override
  public long calledProcessOf(long callActivityInstanceKey) {
    return callLinks.childOf(callActivityInstanceKey);
  }

  @Override
  public long callingElementOf(long processInstanceKey) {
    return callLinks.callActivityOf(processInstanceKey);
  }

  // ---- variables

  public void setVariable(long scopeKey, String name, Object value, long variableKey) {
    variablesByScope.computeIfAbsent(scopeKey, k -> new LinkedHashMap<>()).put(name, value);
    variableKeysByScope.computeIfAbsent(scopeKey, k -> new HashMap<>()).put(name, variableKey);
  }

  @Override
  public long variableKey(long scopeKey, String name) {
    Map<String, Long> keys = variableKeysByScope.get(scopeKey);
    Long key = keys == null ? null : keys.get(name);
    return key == null ? 0 : key;
  }

  @Override
  public Collection<Long> variableScopes() {
    return variablesByScope.keySet();
  }

  @Override
  public Map<String, Object> localVariables(long scopeKey) {
    Map<String, Object> local = variablesByScope.get(scopeKey);
    return local == null ? Map.of() : Collections.unmodifiableMap(local);
  }

  @Override
  public Map<String, Object> visibleVariables(long scopeKey) {
    List<Map<String, Object>> chain = new ArrayList<>();
    for (ElementInstance scope = instances.get(scopeKey);
        scope != null;
        scope = instances.get(scope.flowScopeKey())) {
      Map<String, Object> local = variablesByScope.get(scope.key());
      if (local != null) {
        chain.add(local);
      }
    }
    Map<String, Object> visible = new HashMap<>();
    for (int i = chain.size() - 1; i >= 0; i--) {
      visible.putAll(chain.get(i));
    }
    return visible;
  }

  @Override
  public long scopeDefining(long scopeKey, String name) {
    for (ElementInstance scope = instances.get(scopeKey);
        scope != null;
        scope = instances.get(scope.flowScopeKey())) {
      Map<String, Object> local = variablesByScope.get(scope.key());
      if (local != null && local.containsKey(name)) {
        return scope.key();
      }
    }
    return -1;
  }

  // ---- jobs

  public void createJob(Job job) {
    jobs.put(job.key(), job);
    makeActivatable(job);
  }

  public void activateJob(long key, String worker, long deadline) {
    Job job = jobs.get(key);
    leaveState(job);
    job.state = JobState.ACTIVATED;
    job.worker = worker;
    job.deadline = deadline;
    activated.add(key);
  }

  public void makeActivatable(long key) {
    makeActivatable(jobs.get(key));
  }

  private void makeActivatable(Job job) {
    leaveState(job);
    job.state = JobState.ACTIVATABLE;
    job.deadline = 0;
    job.backoffUntil = 0;
    activatableByType.computeIfAbsent(job.type(), t -> new LinkedHashSet<>()).add(job.key());
  }

  public void failJob(long key, int retries, String errorMessage, long backoffUntil) {
    Job job = jobs.get(key);
    job.retries = retries;
    job.errorMessage = errorMessage;
    if (retries <= 0) {
      leaveState(job);
      job.state = JobState.FAILED;
    } else if (backoffUntil > 0) {
      leaveState(job);
      job.state = JobState.BACKOFF;
      job.backoffUntil = backoffUntil;
      backoff.add(key);
    } else {
      makeActivatable(job);
    }
  }

  public void markErrorThrown(long key, String errorMessage) {
    Job job = jobs.get(key);
    leaveState(job);
    job.state = JobState.ERROR_THROWN;
    job.errorMessage = errorMessage;
  }

  public void setJobRetries(long key, int retries) {
    jobs.get(key).retries = retries;
  }

  public void setJobDeadline(long key, long deadline) {
    jobs.get(key).deadline = deadline;
  }

  public void removeJob(long key) {
    Job job = jobs.remove(key);
    if (job != null) {
      leaveState(job);
      setInstanceJob(job.elementInstanceKey(), 0);
    }
  }

  private void leaveState(Job job) {
    switch (job.state) {
      case ACTIVATABLE -> {
        Set<Long> ofType = activatableByType.get(job.type());
        if (ofType != null) {
          ofType.remove(job.key());
          if (ofType.isEmpty()) {
            activatableByType.remove(job.type());
          }
        }
      }
      case ACTIVATED -> activated.remove(job.key());
      case BACKOFF -> backoff.remove(job.key());
      default -> {}
    }
  }

  @Override
  public Job job(long key) {
    return jobs.get(key);
  }

  @Override
  public Collection<Long> activatableJobs(String type) {
    Set<Long> ofType = activatableByType.get(type);
    return ofType == null ? List.of() : ofType;
  }

  @Override
  public Collection<Long> activatedJobs() {
    return activated;
  }

  @Override
  public Collection<Long> jobsInBackoff() {
    return backoff;
  }

  // ---- Camunda user tasks

  public void createUserTask(UserTask task) {
    userTasks.create(task);
  }

  public void assignUserTask(long key, String assignee) {
    userTasks.replace(userTasks.get(key).withAssignee(assignee));
  }

  public void updateUserTask(long key, UserTaskChanges changes) {
    userTasks.replace(userTasks.get(key).withChanges(changes));
  }

  /** The task was completed or canceled: it leaves the open tasks for the history. */
  public void endUserTask(long key, UserTaskState state) {
    UserTask task = userTasks.remove(key);
    if (task != null) {
      history.userTaskEnded(task.ended(state, recordedAt));
    }
  }

  @Override
  public UserTaskStore userTasks() {
    return userTasks;
  }

  @Override
  public History history() {
    return history;
  }

  @Override
  public Collection<ElementInstance> instances() {
    return instances.values();
  }

  @Override
  public Collection<Incident> incidents() {
    return incidents.values();
  }

  // ---- incidents

  public void putIncident(Incident incident) {
    incidents.put(incident.key(), incident);
  }

  public void removeIncident(long key) {
    incidents.remove(key);
  }

  @Override
  public Incident incident(long key) {
    return incidents.get(key);
  }

  @Override
  public List<Incident> incidentsOf(long elementInstanceKey) {
    return incidents.values().stream()
        .filter(i -> i.elementInstanceKey() == elementInstanceKey)
        .toList();
  }

  // ---- timers (kept in their own class; events change them through this accessor)

  @Override
  public Timers timers() {
    return timers;
  }

  @Override
  public Signals signals() {
    return signals;
  }

  @Override
  public Messages messages() {
    return messages;
  }

  /** The newest version of every deployed process (for message start events). */
  @Override
  public Collection<DeployedProcess> latestProcesses() {
    return processesById.values().stream()
        .map(versions -> versions.lastEntry().getValue())
        .toList();
  }

  // ---- decisions (kept in their own store)

  /** For the decision events' appliers and for parsing DMN at deploy time. */
  public DecisionStore decisionStore() {
    return decisions;
  }

  @Override
  public DeployedDecision latestDecision(String decisionId) {
    return decisions.latestDecision(decisionId);
  }

  @Override
  public DeployedDecision decision(long decisionKey) {
    return decisions.decision(decisionKey);
  }
}
