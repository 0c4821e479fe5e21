package io.irplaybook.engine.conformance;

import static io.irplaybook.engine.testing.EngineHarness.newJobType;
import static io.irplaybook.engine.testing.EngineHarness.variables;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.CamundaFuture;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.response.ProcessInstanceResult;
import io.irplaybook.engine.testing.EngineHarness;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Error boundary event: interrupts its task and completes the process along the error path. */
class ErrorBoundaryEventTest {

  @RegisterExtension final EngineHarness engine = new EngineHarness();

  private final String jobType = newJobType();

  @BeforeEach
  void deploy() {
    engine.deployProcess("error-boundary-event.bpmn");
  }

  @Test
  void shouldCompleteTheProcessAlongTheErrorPathWhenTheErrorIsCaught() {
    // given
    CamundaFuture<ProcessInstanceResult> result =
        engine.createInstanceAwaitingResult("error-boundary-event", variables("jobType", jobType));
    ActivatedJob containment = engine.awaitJob(jobType);
    engine
        .client()
        .newThrowErrorCommand(containment.getKey())
        .errorCode("CONTAINMENT_FAILED")
        .send()
        .join();

    // when
    ActivatedJob escalation = engine.awaitJob(jobType);
    engine
        .client()
        .newCompleteCommand(escalation.getKey())
        .variables(variables("escalatedTo", "on-call"))
        .send()
        .join();

    // then
    assertThat(escalation.getElementId()).isEqualTo("escalate-to-human");
    assertThat(result.join().getVariablesAsMap()).containsEntry("escalatedTo", "on-call");
  }

  @Test
  void shouldCompleteAlongTheNormalPathWhenNoErrorIsThrown() {
    // given
    CamundaFuture<ProcessInstanceResult> result =
        engine.createInstanceAwaitingResult("error-boundary-event", variables("jobType", jobType));
    ActivatedJob containment = engine.awaitJob(jobType);

    // when
    engine
        .client()
        .newCompleteCommand(containment.getKey())
        .variables(variables("contained", true))
        .send()
        .join();

    // then
    assertThat(result.join().getVariablesAsMap()).containsEntry("contained", true);
    engine.assertNoActivatableJob(jobType);
  }
}
