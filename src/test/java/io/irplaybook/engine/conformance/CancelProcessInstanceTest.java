package io.irplaybook.engine.conformance;

import static io.irplaybook.engine.testing.EngineHarness.newJobType;
import static io.irplaybook.engine.testing.EngineHarness.variables;
import static io.irplaybook.engine.testing.Rejections.assertRejected;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.response.ProcessInstanceEvent;
import io.grpc.Status;
import io.irplaybook.engine.testing.EngineHarness;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** CancelProcessInstance: a cancelled instance takes its jobs with it. */
class CancelProcessInstanceTest {

  @RegisterExtension final EngineHarness engine = new EngineHarness();

  private final String jobType = newJobType();

  @BeforeEach
  void deploy() {
    engine.deployProcess("one-service-task.bpmn");
  }

  @Test
  void shouldAnswerNotFoundWhenAJobOfACancelledInstanceIsCompleted() {
    // given
    ProcessInstanceEvent instance =
        engine.createInstance("one-service-task", variables("jobType", jobType));
    ActivatedJob job = engine.awaitJob(jobType);

    // when
    engine.client().newCancelInstanceCommand(instance.getProcessInstanceKey()).send().join();

    // then
    assertRejected(
        Status.Code.NOT_FOUND,
        () -> engine.client().newCompleteCommand(job.getKey()).send().join());
  }

  @Test
  void shouldRemoveTheActivatableJobsOfACancelledInstance() {
    // given: the job exists and is activatable again after a failure with retries left
    ProcessInstanceEvent instance =
        engine.createInstance("one-service-task", variables("jobType", jobType));
    ActivatedJob job = engine.awaitJob(jobType);
    engine.client().newFailCommand(job.getKey()).retries(2).send().join();

    // when
    engine.client().newCancelInstanceCommand(instance.getProcessInstanceKey()).send().join();

    // then
    engine.assertNoActivatableJob(jobType);
  }

  @Test
  void shouldCancelAnInstanceWhoseVariablesHoldNull() {
    // given a variable declared but unknown, as an incident's personalData is at declaration
    Map<String, Object> vars = new HashMap<>();
    vars.put("jobType", jobType);
    vars.put("personalData", null);
    ProcessInstanceEvent instance = engine.createInstance("one-service-task", vars);
    engine.awaitJob(jobType);

    // when
    engine.client().newCancelInstanceCommand(instance.getProcessInstanceKey()).send().join();

    // then
    engine.assertNoActivatableJob(jobType);
  }

  @Test
  void shouldAnswerNotFoundWhenTheSameInstanceIsCancelledTwice() {
    // given
    ProcessInstanceEvent instance =
        engine.createInstance("one-service-task", variables("jobType", jobType));
    engine.client().newCancelInstanceCommand(instance.getProcessInstanceKey()).send().join();

    // when / then
    assertRejected(
        Status.Code.NOT_FOUND,
        () ->
            engine
                .client()
                .newCancelInstanceCommand(instance.getProcessInstanceKey())
                .send()
                .join());
  }

  @Test
  void shouldAnswerNotFoundForAnUnknownProcessInstanceKey() {
    // when / then
    assertRejected(
        Status.Code.NOT_FOUND,
        () -> engine.client().newCancelInstanceCommand(2251799813685249L).send().join());
  }
}
