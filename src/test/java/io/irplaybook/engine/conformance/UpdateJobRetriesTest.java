package io.irplaybook.engine.conformance;

import static io.irplaybook.engine.testing.EngineHarness.newJobType;
import static io.irplaybook.engine.testing.EngineHarness.variables;
import static io.irplaybook.engine.testing.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ActivatedJob;
import io.grpc.Status;
import io.irplaybook.engine.testing.EngineHarness;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** UpdateJobRetries: new retries apply to the next attempt; an incident still needs resolving. */
class UpdateJobRetriesTest {

  @RegisterExtension final EngineHarness engine = new EngineHarness();

  private final String jobType = newJobType();
  private long instanceKey;

  @BeforeEach
  void startInstance() {
    engine.deployProcess("one-service-task.bpmn");
    instanceKey =
        engine
            .createInstance("one-service-task", variables("jobType", jobType))
            .getProcessInstanceKey();
  }

  @Test
  void shouldOfferTheJobWithTheUpdatedRetriesOnItsNextActivation() {
    // given
    ActivatedJob job = engine.awaitJob(jobType);

    // when
    engine.client().newUpdateRetriesCommand(job.getKey()).retries(7).send().join();

    // then
    engine.clock().advance(EngineHarness.JOB_TIMEOUT.plus(Duration.ofSeconds(1)));
    ActivatedJob again = engine.awaitJob(jobType);
    assertThat(again.getKey()).isEqualTo(job.getKey());
    assertThat(again.getRetries()).isEqualTo(7);
  }

  @Test
  void shouldKeepAJobWithAnIncidentInactiveUntilTheIncidentIsResolved() {
    // given
    ActivatedJob job = engine.awaitJob(jobType);
    engine
        .client()
        .newFailCommand(job.getKey())
        .retries(0)
        .errorMessage("no credentials")
        .send()
        .join();
    engine.awaitIncident(instanceKey);

    // when
    engine.client().newUpdateRetriesCommand(job.getKey()).retries(2).send().join();

    // then
    engine.assertNoActivatableJob(jobType);
    assertThat(engine.openIncidents(instanceKey)).hasSize(1);
  }

  @Test
  void shouldAnswerNotFoundWhenTheRetriesOfAnUnknownJobAreUpdated() {
    // when / then
    assertRejected(
        Status.Code.NOT_FOUND,
        () -> engine.client().newUpdateRetriesCommand(2251799813685600L).retries(3).send().join());
  }
}
