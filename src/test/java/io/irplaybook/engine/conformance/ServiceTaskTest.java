package io.irplaybook.engine.conformance;

import static io.irplaybook.engine.testing.EngineHarness.newJobType;
import static io.irplaybook.engine.testing.EngineHarness.variables;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.response.Process;
import io.camunda.client.api.response.ProcessInstanceEvent;
import io.irplaybook.engine.testing.EngineHarness;
import io.irplaybook.engine.testing.EngineHarness.Incident;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Service task: zeebe:taskDefinition type (a FEEL expression here) and retries become a job. */
class ServiceTaskTest {

  @RegisterExtension final EngineHarness engine = new EngineHarness();

  private final String jobType = newJobType();

  @Test
  void shouldCreateAJobOfTheTypeTheExpressionEvaluatesTo() {
    // given
    Process process = engine.deployProcess("one-service-task.bpmn");

    // when
    ProcessInstanceEvent instance =
        engine.createInstance("one-service-task", variables("jobType", jobType));

    // then
    ActivatedJob job = engine.awaitJob(jobType);
    assertThat(job.getType()).isEqualTo(jobType);
    assertThat(job.getElementId()).isEqualTo("do-work");
    assertThat(job.getElementInstanceKey()).isPositive();
    assertThat(job.getProcessInstanceKey()).isEqualTo(instance.getProcessInstanceKey());
    assertThat(job.getBpmnProcessId()).isEqualTo("one-service-task");
    assertThat(job.getProcessDefinitionKey()).isEqualTo(process.getProcessDefinitionKey());
    assertThat(job.getProcessDefinitionVersion()).isEqualTo(1);
  }

  @Test
  void shouldGiveTheJobTheRetriesOfTheTaskDefinition() {
    // given
    engine.deployProcess("one-service-task.bpmn");

    // when
    engine.createInstance("one-service-task", variables("jobType", jobType));

    // then
    assertThat(engine.awaitJob(jobType).getRetries()).isEqualTo(3);
  }

  @Test
  void shouldWaitAtTheTaskUntilItsJobCompletes() {
    // given
    engine.deployProcess("two-service-tasks.bpmn");
    engine.createInstance("two-service-tasks", variables("jobType", jobType));
    ActivatedJob first = engine.awaitJob(jobType);

    // when: nothing happens to the first job
    engine.assertNoActivatableJob(jobType);

    // then: the next task starts only once it completes
    engine.client().newCompleteCommand(first.getKey()).send().join();
    assertThat(engine.awaitJob(jobType).getElementId()).isEqualTo("second-task");
  }

  @Test
  void shouldRaiseAnIncidentWhenTheJobTypeExpressionHasNoValue() {
    // given
    engine.deployProcess("one-service-task.bpmn");

    // when: the variable the type expression reads is missing
    long instanceKey =
        engine
            .createInstance("one-service-task", variables("unrelated", 1))
            .getProcessInstanceKey();

    // then
    Incident incident = engine.awaitIncident(instanceKey);
    assertThat(incident.errorType()).isEqualTo("EXTRACT_VALUE_ERROR");
    assertThat(incident.elementId()).isEqualTo("do-work");
  }
}
