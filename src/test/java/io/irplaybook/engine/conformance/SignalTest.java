package io.irplaybook.engine.conformance;

import static io.irplaybook.engine.testing.EngineHarness.newJobType;
import static io.irplaybook.engine.testing.EngineHarness.variables;
import static io.irplaybook.engine.testing.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ActivatedJob;
import io.grpc.Status;
import io.irplaybook.engine.testing.EngineHarness;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** BroadcastSignal with signal catch, boundary and start events. */
class SignalTest {

  @RegisterExtension final EngineHarness engine = new EngineHarness();

  private final String jobType = newJobType();

  private void broadcast(String name, Map<String, Object> variables) {
    engine.client().newBroadcastSignalCommand().signalName(name).variables(variables).send().join();
  }

  @Test
  void shouldReachEveryWaitingInstanceWithTheSignalVariables() {
    // given
    engine.deployProcess("signal-catch-event.bpmn");
    engine.createInstance("signal-catch-event", variables("jobType", jobType));
    engine.createInstance("signal-catch-event", variables("jobType", jobType));

    // when
    broadcast("other-signal", Map.of());
    engine.assertNoActivatableJob(jobType);
    broadcast("all-clear", variables("clearedBy", "noc"));

    // then
    var jobs = engine.awaitJobs(jobType, 2);
    assertThat(jobs).extracting(ActivatedJob::getProcessInstanceKey).doesNotHaveDuplicates();
    assertThat(jobs.get(0).getVariablesAsMap()).containsEntry("clearedBy", "noc");
  }

  @Test
  void shouldNotKeepASignalForInstancesThatStartWaitingLater() {
    // given
    engine.deployProcess("signal-catch-event.bpmn");
    broadcast("all-clear", Map.of());

    // when
    engine.createInstance("signal-catch-event", variables("jobType", jobType));

    // then
    engine.assertNoActivatableJob(jobType);
  }

  @Test
  void shouldStillReachASubscriptionOpenedBeforeACrash() {
    // given
    engine.deployProcess("signal-catch-event.bpmn");
    engine.createInstance("signal-catch-event", variables("jobType", jobType));
    engine.crashAndRestart();

    // when
    broadcast("all-clear", Map.of());

    // then
    assertThat(engine.awaitJob(jobType).getElementId()).isEqualTo("resume");
  }

  @Test
  void shouldStartAnInstanceAtASignalStartEvent() {
    // given
    engine.deployProcess("signal-start-event.bpmn");

    // when
    broadcast("outage-declared", variables("jobType", jobType, "region", "eu-west"));

    // then
    ActivatedJob job = engine.awaitJob(jobType);
    assertThat(job.getElementId()).isEqualTo("notify");
    assertThat(job.getVariablesAsMap()).containsEntry("region", "eu-west");
  }

  @Test
  void shouldCancelTheActivityWhenAnInterruptingSignalBoundaryEventIsReached() {
    // given
    String escalationType = newJobType();
    engine.deployProcess("signal-boundary-interrupting.bpmn");
    engine.createInstance(
        "signal-boundary-interrupting",
        variables("jobType", jobType, "escalationType", escalationType));
    ActivatedJob task = engine.awaitJob(jobType);

    // when
    broadcast("stand-down", Map.of());

    // then
    assertThat(engine.awaitJob(escalationType).getElementId()).isEqualTo("then");
    assertRejected(
        Status.Code.NOT_FOUND,
        () -> engine.client().newCompleteCommand(task.getKey()).send().join());
  }
}
