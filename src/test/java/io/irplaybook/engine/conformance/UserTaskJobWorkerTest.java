package io.irplaybook.engine.conformance;

import static io.irplaybook.engine.testing.EngineHarness.variables;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.api.CamundaFuture;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.response.ProcessInstanceResult;
import io.irplaybook.engine.testing.EngineHarness;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * User task in its job-worker form: a job of type {@code io.camunda.zeebe:userTask} whose custom
 * headers carry the assignment, schedule and form, exactly as Zeebe 8.x serves it over gRPC.
 */
class UserTaskJobWorkerTest {

  private static final String USER_TASK_JOB_TYPE = "io.camunda.zeebe:userTask";

  @RegisterExtension final EngineHarness engine = new EngineHarness();

  private ActivatedJob startAndActivateUserTask() {
    engine.deployProcess("user-task-job-worker.bpmn");
    engine.createInstance("user-task-job-worker", variables("incidentId", "INC-77"));
    return engine.awaitJob(USER_TASK_JOB_TYPE);
  }

  private static List<String> jsonList(String json) throws Exception {
    return new ObjectMapper().readValue(json, new TypeReference<List<String>>() {});
  }

  @Test
  void shouldServeTheUserTaskAsAJobOfTheUserTaskType() {
    // when
    ActivatedJob job = startAndActivateUserTask();

    // then
    assertThat(job.getType()).isEqualTo(USER_TASK_JOB_TYPE);
    assertThat(job.getElementId()).isEqualTo("approve-containment");
    assertThat(job.getVariablesAsMap()).containsEntry("incidentId", "INC-77");
  }

  @Test
  void shouldCarryTheAssigneeAndCandidatesInTheCustomHeaders() throws Exception {
    // when
    Map<String, String> headers = startAndActivateUserTask().getCustomHeaders();

    // then
    assertThat(headers).containsEntry("io.camunda.zeebe:assignee", "alice");
    assertThat(jsonList(headers.get("io.camunda.zeebe:candidateGroups")))
        .containsExactly("ops", "sec");
    assertThat(jsonList(headers.get("io.camunda.zeebe:candidateUsers")))
        .containsExactly("bob", "carol");
  }

  @Test
  void shouldCarryTheDueAndFollowUpDatesInTheCustomHeaders() {
    // when
    Map<String, String> headers = startAndActivateUserTask().getCustomHeaders();

    // then
    assertThat(headers).containsKeys("io.camunda.zeebe:dueDate", "io.camunda.zeebe:followUpDate");
    assertThat(OffsetDateTime.parse(headers.get("io.camunda.zeebe:dueDate")).toInstant())
        .isEqualTo(Instant.parse("2025-01-31T17:45:30Z"));
    assertThat(OffsetDateTime.parse(headers.get("io.camunda.zeebe:followUpDate")).toInstant())
        .isEqualTo(Instant.parse("2025-01-30T08:15:45Z"));
  }

  @Test
  void shouldComputeADueDateExpressionOnTheEngineClockAsAnIsoOffsetDateTime() {
    // given a playbook step due 72 hours after it starts (issue 4: regulator deadlines), on the
    // engine's clock
    engine.deployProcess("user-task-due-date-expression.bpmn");
    engine.createInstance("user-task-due-date-expression", variables());

    // when
    Map<String, String> headers = engine.awaitJob(USER_TASK_JOB_TYPE).getCustomHeaders();

    // then: FEEL's now() is the engine's clock, and the header drops FEEL's zone id so
    // OffsetDateTime reads it
    assertThat(headers).containsEntry("io.camunda.zeebe:dueDate", "2025-01-09T09:00:00Z");
    assertThat(OffsetDateTime.parse(headers.get("io.camunda.zeebe:followUpDate")).toInstant())
        .isEqualTo(engine.clock().instant().plus(Duration.ofDays(1)));
  }

  @Test
  void shouldCarryTheFormKeyInTheCustomHeaders() {
    // when
    Map<String, String> headers = startAndActivateUserTask().getCustomHeaders();

    // then
    assertThat(headers).containsEntry("io.camunda.zeebe:formKey", "approve-containment-form");
  }

  @Test
  void shouldContinueTheProcessWhenTheUserTaskJobCompletes() {
    // given
    engine.deployProcess("user-task-job-worker.bpmn");
    CamundaFuture<ProcessInstanceResult> result =
        engine.createInstanceAwaitingResult(
            "user-task-job-worker", variables("incidentId", "INC-78"));
    ActivatedJob job = engine.awaitJob(USER_TASK_JOB_TYPE);

    // when
    engine
        .client()
        .newCompleteCommand(job.getKey())
        .variables(variables("approved", true))
        .send()
        .join();

    // then
    assertThat(result.join().getVariablesAsMap())
        .containsEntry("approved", true)
        .containsEntry("incidentId", "INC-78");
  }
}
