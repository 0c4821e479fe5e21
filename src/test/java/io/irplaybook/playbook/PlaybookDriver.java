package io.irplaybook.playbook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.api.CamundaFuture;
import io.camunda.client.api.command.DeployResourceCommandStep1.DeployResourceCommandStep2;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.response.ProcessInstanceResult;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.UserTask;
import io.camunda.client.api.search.response.Variable;
import io.camunda.client.api.worker.JobWorker;
import io.irplaybook.engine.testing.EngineHarness;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Runs the real playbooks on an {@link EngineHarness}: deploys every file of {@code bpmn/}, plays
 * the services that other features implement with test workers, and plays the responders by
 * completing Camunda user tasks one stage at a time (found by user-task search, as the inbox finds
 * them), recording every human step in the order it became available.
 */
final class PlaybookDriver implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Duration POLL = Duration.ofMillis(300);
  private static final Duration RUN_TIMEOUT = Duration.ofSeconds(90);

  private final EngineHarness engine;
  private final List<HumanStep> humanSteps = new ArrayList<>();
  private final List<StepTask> held = new ArrayList<>();

  /** User tasks already handed to the test, so a later search does not hand them out again. */
  private final Set<Long> seen = new HashSet<>();

  private final List<String> serviceSteps = Collections.synchronizedList(new ArrayList<>());
  private final List<Map<String, Object>> renders = Collections.synchronizedList(new ArrayList<>());
  private final List<Send> sends = Collections.synchronizedList(new ArrayList<>());

  /** One notify.send job: the channel class it was addressed to and the drafts it carried. */
  record Send(String channelClass, List<?> drafts) {}

  /** One incident.record job: the field it copies and its value at that moment. */
  record Recorded(String field, Object value) {}

  private final List<Recorded> recorded = Collections.synchronizedList(new ArrayList<>());

  private final List<JobWorker> workers = new ArrayList<>();
  private final Map<String, Map<String, Object>> answers = new LinkedHashMap<>();

  PlaybookDriver(EngineHarness engine) {
    this.engine = engine;
    deployPlaybooks();
    worker(
        "comms.render",
        job ->
            Map.of(
                job.getCustomHeaders().getOrDefault("resultVariable", "commsDrafts"),
                Arrays.stream(job.getCustomHeaders().get("templates").split(","))
                    .map(name -> "draft-" + name)
                    .toList()));
    worker(
        "notify.send",
        job -> {
          sends.add(
              new Send(
                  job.getCustomHeaders().get("channel-class"),
                  (List<?>) job.getVariablesAsMap().get("commsDrafts")));
          return Map.of("notificationIds", List.of("notification-1"));
        });
    worker("incident.close", job -> Map.of());
    worker(
        "incident.record",
        job -> {
          String field = job.getCustomHeaders().get("fields");
          recorded.add(new Recorded(field, job.getVariablesAsMap().get(field)));
          return Map.of();
        });
  }

  /** The variables incident intake sets when it starts incident-response (docs/contracts.md). */
  static Map<String, Object> incident(int employees) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("incidentId", "INC-2026-0042");
    variables.put("title", "Cloud backup exposure");
    variables.put("scenario", "cloud-config-backup-exposure");
    variables.put("severity", "high");
    variables.put("employees", employees);
    variables.put("tierOverride", null);
    variables.put("tierOverrideReason", null);
    variables.put("personalData", false);
    variables.put("locale", "en");
    variables.put("jurisdictions", List.of());
    variables.put("organization", Map.of("name", "Example KK", "employees", employees));
    variables.put(
        "assets", List.of(Map.of("name", "fw-hq", "kind", "firewall", "usedCloudBackup", true)));
    variables.put("notifyChannels", List.of());
    variables.put("awareAt", null);
    variables.put("exposureStart", null);
    return variables;
  }

  /** What a responder enters when completing the step with this element id. */
  PlaybookDriver answering(String elementId, Map<String, Object> variables) {
    answers.put(elementId, variables);
    return this;
  }

  CamundaFuture<ProcessInstanceResult> declare(Map<String, Object> variables) {
    return engine
        .client()
        .newCreateInstanceCommand()
        .bpmnProcessId("incident-response")
        .latestVersion()
        .variables(variables)
        .withResult()
        .requestTimeout(RUN_TIMEOUT)
        .send();
  }

  /**
   * Waits for {@code count} user tasks matching the filter; others that show up meanwhile are held
   * for later.
   */
  List<StepTask> awaitSteps(Predicate<StepTask> filter, int count) {
    List<StepTask> found = new ArrayList<>();
    for (StepTask job : List.copyOf(held)) {
      if (found.size() < count && filter.test(job)) {
        found.add(job);
        held.remove(job);
      }
    }
    for (int poll = 0; poll < 40 && found.size() < count; poll++) {
      for (StepTask job : activate(POLL)) {
        if (found.size() < count && filter.test(job)) {
          found.add(job);
        } else {
          held.add(job);
        }
      }
    }
    assertThat(found).as("user tasks matching the filter within 40 polls").hasSize(count);
    return found;
  }

  List<StepTask> awaitSteps(String elementId, int count) {
    return awaitSteps(job -> job.getElementId().equals(elementId), count);
  }

  /**
   * Asserts that no new user task becomes available while the engine has a fair chance to create
   * one.
   */
  void assertNoNewStep() {
    List<StepTask> jobs = activate(EngineHarness.QUIET_PERIOD);
    held.addAll(jobs);
    assertThat(jobs)
        .extracting(StepTask::getElementId)
        .as("user tasks that should not exist yet")
        .isEmpty();
  }

  /** Asserts that no step with this element id becomes available meanwhile. */
  void assertNoNewStepOf(String elementId) {
    List<StepTask> jobs = activate(EngineHarness.QUIET_PERIOD);
    held.addAll(jobs);
    assertThat(jobs)
        .extracting(StepTask::getElementId)
        .as("user tasks that should not exist yet")
        .doesNotContain(elementId);
  }

  /** Keeps an activated step for a later {@link #awaitSteps} instead of completing it now. */
  void hold(StepTask job) {
    held.add(job);
  }

  /**
   * Completes the step with what the responder entered, which must be among the step's declared
   * {@code outputs} header (docs/contracts.md): the inbox refuses anything else.
   */
  void complete(StepTask job) {
    Map<String, Object> variables = answers.getOrDefault(job.getElementId(), Map.of());
    assertThat(variables.keySet())
        .as("variables completing %s must be declared in its outputs header", job.getElementId())
        .isSubsetOf(HumanStep.of(job).outputs());
    engine.client().newCompleteUserTaskCommand(job.getKey()).variables(variables).send().join();
  }

  void completeAll(List<StepTask> jobs) {
    jobs.forEach(this::complete);
  }

  /** Completes held steps, then every step that appears, until the instance has finished. */
  ProcessInstanceResult runToEnd(CamundaFuture<ProcessInstanceResult> result) {
    completeAll(held);
    held.clear();
    long deadline = System.nanoTime() + RUN_TIMEOUT.toNanos();
    while (!result.isDone()) {
      assertThat(System.nanoTime())
          .as("the playbook finished within %s", RUN_TIMEOUT)
          .isLessThan(deadline);
      completeAll(activate(POLL));
    }
    return result.join();
  }

  List<HumanStep> humanSteps() {
    return List.copyOf(humanSteps);
  }

  /**
   * The labels of the human steps in order, with the parallel instances of one multi-instance step
   * shown once.
   */
  List<String> stepOutline() {
    List<String> outline = new ArrayList<>();
    for (HumanStep step : humanSteps) {
      String label = step.label();
      if (outline.isEmpty() || !outline.get(outline.size() - 1).equals(label)) {
        outline.add(label);
      }
    }
    return outline;
  }

  List<Recorded> recorded() {
    synchronized (recorded) {
      return List.copyOf(recorded);
    }
  }

  List<Send> sends() {
    synchronized (sends) {
      return List.copyOf(sends);
    }
  }

  /** The variables every comms.render job saw, in the order they were rendered. */
  List<Map<String, Object>> renders() {
    synchronized (renders) {
      return List.copyOf(renders);
    }
  }

  List<String> serviceSteps() {
    synchronized (serviceSteps) {
      return List.copyOf(serviceSteps);
    }
  }

  /**
   * The user tasks that became open since the last call, waiting up to {@code wait} for at least
   * one (short pauses on the engine's clock-free long polls, never a sleep).
   */
  private List<StepTask> activate(Duration wait) {
    long deadline = System.nanoTime() + wait.toNanos();
    List<StepTask> found = new ArrayList<>();
    do {
      for (UserTask task :
          engine
              .client()
              .newUserTaskSearchRequest()
              .filter(f -> f.state(UserTaskState.CREATED))
              .page(p -> p.limit(1000))
              .send()
              .join()
              .items()) {
        if (seen.add(task.getUserTaskKey())) {
          found.add(new StepTask(task, variables(task.getUserTaskKey())));
        }
      }
      if (found.isEmpty()) {
        engine.pause(Duration.ofMillis(50));
      }
    } while (found.isEmpty() && System.nanoTime() < deadline);
    // parallel instances of one step arrive together; order them so that the record is stable
    found.sort(
        Comparator.comparing(StepTask::getElementId)
            .thenComparing(job -> Objects.toString(HumanStep.of(job).item(), "")));
    found.forEach(job -> humanSteps.add(HumanStep.of(job)));
    return found;
  }

  /** What the task sees: the innermost scope's value of each name. */
  private Map<String, Object> variables(long userTaskKey) {
    Map<String, Variable> innermost = new HashMap<>();
    for (Variable v :
        engine
            .client()
            .newUserTaskVariableSearchRequest(userTaskKey)
            .withFullValues()
            .page(p -> p.limit(1000))
            .send()
            .join()
            .items()) {
      innermost.merge(v.getName(), v, (a, b) -> a.getScopeKey() >= b.getScopeKey() ? a : b);
    }
    Map<String, Object> values = new LinkedHashMap<>();
    innermost.forEach(
        (name, v) -> {
          try {
            values.put(name, JSON.readValue(v.getValue(), Object.class));
          } catch (Exception e) {
            throw new IllegalStateException(
                "Variable " + name + " is not JSON: " + v.getValue(), e);
          }
        });
    return values;
  }

  private void deployPlaybooks() {
    List<String> files = PlaybookDirectory.allFileNames();
    DeployResourceCommandStep2 command =
        engine
            .client()
            .newDeployResourceCommand()
            .addResourceBytes(PlaybookDirectory.bytes(files.get(0)), files.get(0));
    for (String file : files.subList(1, files.size())) {
      command = command.addResourceBytes(PlaybookDirectory.bytes(file), file);
    }
    command.send().join();
  }

  private void worker(String type, Function<ActivatedJob, Map<String, Object>> result) {
    workers.add(
        engine
            .client()
            .newWorker()
            .jobType(type)
            .handler(
                (client, job) -> {
                  serviceSteps.add(job.getElementId() + " " + type);
                  if (type.equals("comms.render")) {
                    renders.add(job.getVariablesAsMap());
                  }
                  client
                      .newCompleteCommand(job.getKey())
                      .variables(result.apply(job))
                      .send()
                      .join();
                })
            .timeout(EngineHarness.JOB_TIMEOUT)
            .pollInterval(Duration.ofMillis(20))
            .requestTimeout(Duration.ofSeconds(1))
            .open());
  }

  @Override
  public void close() {
    workers.forEach(JobWorker::close);
  }
}
