package io.irplaybook.engine.conformance;

import static io.irplaybook.engine.testing.EngineHarness.variables;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.client.api.command.ProblemException;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.UserTask;
import io.irplaybook.engine.testing.EngineHarness;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Camunda user tasks ({@code zeebe:userTask}) held by the engine and driven through the
 * Orchestration Cluster REST API with the Camunda Java client only: created with their attributes,
 * found by search, assigned, updated, completed, cancelled with their scope, kept across a crash.
 */
class CamundaUserTaskTest {

  private static final String FIXTURE = "camunda-user-task-with-timer-boundary.bpmn";

  @RegisterExtension final EngineHarness engine = new EngineHarness();

  private long startIncident(String incidentId) {
    engine.deployProcess(FIXTURE);
    return engine
        .createInstance("camunda-user-task", variables("incidentId", incidentId))
        .getProcessInstanceKey();
  }

  private List<UserTask> tasksOf(long processInstanceKey) {
    return engine
        .client()
        .newUserTaskSearchRequest()
        .filter(f -> f.processInstanceKey(processInstanceKey))
        .send()
        .join()
        .items();
  }

  private UserTask openTask(long processInstanceKey, String elementId) {
    List<UserTask> open =
        tasksOf(processInstanceKey).stream()
            .filter(t -> t.getElementId().equals(elementId))
            .filter(t -> t.getState() == UserTaskState.CREATED)
            .toList();
    assertThat(open).as("open user tasks %s", elementId).hasSize(1);
    return open.get(0);
  }

  /** Waits, by short long polls and never a sleep, until the task has left CREATED. */
  private UserTask awaitEnded(long userTaskKey) {
    for (int attempt = 0; attempt < 50; attempt++) {
      UserTask task = engine.client().newUserTaskGetRequest(userTaskKey).send().join();
      if (task.getState() != UserTaskState.CREATED) {
        return task;
      }
      engine.pause(Duration.ofMillis(100));
    }
    return engine.client().newUserTaskGetRequest(userTaskKey).send().join();
  }

  @Test
  void shouldCreateTheTaskWithTheAttributesOfTheModel() {
    // when
    long instance = startIncident("INC-1");

    // then
    UserTask task = openTask(instance, "triage");
    assertThat(task.getName()).isEqualTo("Triage the incident");
    assertThat(task.getCandidateGroups()).containsExactly("ops", "sec");
    assertThat(task.getCandidateUsers()).containsExactly("bob");
    assertThat(task.getAssignee()).isNull();
    assertThat(task.getDueDate()).isEqualTo(OffsetDateTime.parse("2025-01-31T17:45:30Z"));
    assertThat(task.getFollowUpDate()).isEqualTo(OffsetDateTime.parse("2025-01-30T09:15:45+01:00"));
    assertThat(task.getPriority()).isEqualTo(70);
    assertThat(task.getExternalFormReference()).isEqualTo("https://forms.example.test/triage");
    assertThat(task.getCustomHeaders()).containsEntry("step", "triage");
    assertThat(task.getBpmnProcessId()).isEqualTo("camunda-user-task");
    assertThat(task.getCreationDate())
        .isEqualTo(engine.clock().instant().atOffset(java.time.ZoneOffset.UTC));
  }

  @Test
  void shouldFindTheTaskByCandidateGroupAndStateButNotByAnotherGroup() {
    // given
    long instance = startIncident("INC-2");

    // when
    List<UserTask> forSec =
        engine
            .client()
            .newUserTaskSearchRequest()
            .filter(f -> f.candidateGroup("sec").state(UserTaskState.CREATED))
            .send()
            .join()
            .items();
    List<UserTask> forLegal =
        engine
            .client()
            .newUserTaskSearchRequest()
            .filter(f -> f.candidateGroup("legal"))
            .send()
            .join()
            .items();

    // then
    assertThat(forSec)
        .extracting(UserTask::getProcessInstanceKey, UserTask::getElementId)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(instance, "triage"));
    assertThat(forLegal).isEmpty();
  }

  @Test
  void shouldShowTheVariablesTheTaskSeesButNotThoseOfAnotherInstance() {
    // given
    long instance = startIncident("INC-V1");
    long other = startIncident("INC-V2");
    UserTask task = openTask(instance, "triage");

    // when
    var variables =
        engine
            .client()
            .newUserTaskVariableSearchRequest(task.getUserTaskKey())
            .withFullValues()
            .send()
            .join()
            .items();

    // then
    assertThat(variables)
        .extracting(v -> v.getName(), v -> v.getValue(), v -> v.getScopeKey())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("incidentId", "\"INC-V1\"", instance));
    assertThat(other).isNotEqualTo(instance);
  }

  @Test
  void shouldAnswerNotFoundForTheVariablesOfAnUnknownTask() {
    assertThatThrownBy(() -> engine.client().newUserTaskVariableSearchRequest(4242L).send().join())
        .isInstanceOf(ProblemException.class)
        .satisfies(e -> assertThat(((ProblemException) e).code()).isEqualTo(404));
  }

  @Test
  void shouldAssignAndUnassignTheTask() {
    // given
    long instance = startIncident("INC-3");
    long task = openTask(instance, "triage").getUserTaskKey();

    // when
    engine.client().newAssignUserTaskCommand(task).assignee("alice").send().join();
    String assigned = engine.client().newUserTaskGetRequest(task).send().join().getAssignee();
    engine.client().newUnassignUserTaskCommand(task).send().join();
    String unassigned = engine.client().newUserTaskGetRequest(task).send().join().getAssignee();

    // then
    assertThat(assigned).isEqualTo("alice");
    assertThat(unassigned).isNull();
  }

  @Test
  void shouldRefuseToTakeOverAnAssignedTaskWithoutAllowOverride() {
    // given
    long instance = startIncident("INC-4");
    long task = openTask(instance, "triage").getUserTaskKey();
    engine.client().newAssignUserTaskCommand(task).assignee("alice").send().join();

    // when / then
    assertThatThrownBy(
            () ->
                engine
                    .client()
                    .newAssignUserTaskCommand(task)
                    .assignee("mallory")
                    .allowOverride(false)
                    .send()
                    .join())
        .isInstanceOf(ProblemException.class)
        .satisfies(e -> assertThat(((ProblemException) e).code()).isEqualTo(409));
    assertThat(engine.client().newUserTaskGetRequest(task).send().join().getAssignee())
        .isEqualTo("alice");
  }

  @Test
  void shouldUpdateDueDateAndPriority() {
    // given
    long instance = startIncident("INC-5");
    long task = openTask(instance, "triage").getUserTaskKey();

    // when
    engine
        .client()
        .newUpdateUserTaskCommand(task)
        .dueDate("2025-02-01T12:00:00Z")
        .priority(90)
        .send()
        .join();

    // then
    UserTask updated = engine.client().newUserTaskGetRequest(task).send().join();
    assertThat(updated.getDueDate()).isEqualTo(OffsetDateTime.parse("2025-02-01T12:00:00Z"));
    assertThat(updated.getPriority()).isEqualTo(90);
    assertThat(updated.getCandidateGroups()).containsExactly("ops", "sec");
  }

  @Test
  void shouldCompleteTheTaskWithVariablesAndContinueTheProcess() {
    // given
    long instance = startIncident("INC-6");
    long triage = openTask(instance, "triage").getUserTaskKey();

    // when
    engine
        .client()
        .newCompleteUserTaskCommand(triage)
        .variables(Map.of("severity", "high"))
        .send()
        .join();

    // then
    assertThat(engine.client().newUserTaskGetRequest(triage).send().join().getState())
        .isEqualTo(UserTaskState.COMPLETED);
    assertThat(openTask(instance, "contain").getCandidateGroups()).containsExactly("ops");
    assertThat(
            engine
                .client()
                .newVariableSearchRequest()
                .filter(f -> f.processInstanceKey(instance).name("severity"))
                .send()
                .join()
                .items())
        .extracting(v -> v.getValue())
        .containsExactly("\"high\"");
  }

  @Test
  void shouldAnswerNotFoundWithAProblemDetailWhenATaskIsCompletedTwice() {
    // given
    long instance = startIncident("INC-7");
    long triage = openTask(instance, "triage").getUserTaskKey();
    engine.client().newCompleteUserTaskCommand(triage).send().join();

    // when / then
    assertThatThrownBy(() -> engine.client().newCompleteUserTaskCommand(triage).send().join())
        .isInstanceOf(ProblemException.class)
        .satisfies(
            e -> {
              ProblemException problem = (ProblemException) e;
              assertThat(problem.code()).isEqualTo(404);
              assertThat(problem.details().getTitle()).isEqualTo("NOT_FOUND");
              assertThat(problem.details().getDetail())
                  .contains("Expected to complete user task with key '" + triage + "'");
            });
  }

  @Test
  void shouldCancelTheTaskWhenTheProcessInstanceIsCancelled() {
    // given
    long instance = startIncident("INC-8");
    long triage = openTask(instance, "triage").getUserTaskKey();

    // when
    engine.client().newCancelInstanceCommand(instance).send().join();

    // then
    assertThat(engine.client().newUserTaskGetRequest(triage).send().join().getState())
        .isEqualTo(UserTaskState.CANCELED);
    assertThatThrownBy(() -> engine.client().newCompleteUserTaskCommand(triage).send().join())
        .isInstanceOf(ProblemException.class)
        .satisfies(e -> assertThat(((ProblemException) e).code()).isEqualTo(404));
  }

  @Test
  void shouldCancelTheTaskWhenAnInterruptingTimerBoundaryEventFires() {
    // given
    long instance = startIncident("INC-9");
    engine
        .client()
        .newCompleteUserTaskCommand(openTask(instance, "triage").getUserTaskKey())
        .send()
        .join();
    long contain = openTask(instance, "contain").getUserTaskKey();

    // when
    engine.clock().advance(Duration.ofHours(1));

    // then
    assertThat(awaitEnded(contain).getState()).isEqualTo(UserTaskState.CANCELED);
  }

  @Test
  void shouldKeepTheOpenTaskAndItsAssigneeAfterACrashAndRestart() {
    // given
    long instance = startIncident("INC-10");
    UserTask before = openTask(instance, "triage");
    engine
        .client()
        .newAssignUserTaskCommand(before.getUserTaskKey())
        .assignee("alice")
        .send()
        .join();

    // when
    engine.crashAndRestart();

    // then
    UserTask after = openTask(instance, "triage");
    assertThat(after.getUserTaskKey()).isEqualTo(before.getUserTaskKey());
    assertThat(after.getAssignee()).isEqualTo("alice");
    assertThat(after.getCreationDate()).isEqualTo(before.getCreationDate());
    engine.client().newCompleteUserTaskCommand(after.getUserTaskKey()).send().join();
    assertThat(openTask(instance, "contain").getElementId()).isEqualTo("contain");
  }
}
