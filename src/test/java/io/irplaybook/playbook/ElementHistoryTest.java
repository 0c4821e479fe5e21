package io.irplaybook.playbook;

import static io.irplaybook.engine.testing.EngineHarness.variables;
import static org.assertj.core.api.Assertions.assertThat;

import io.irplaybook.engine.testing.EngineHarness;
import io.irplaybook.playbook.PlaybookDiagram.StepState;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The diagram's states come from the engine's element history, not from the rule "upstream of the
 * current step is done": a branch the gateway did not take stays not taken, and a called process
 * shows its own states.
 */
class ElementHistoryTest {

  @RegisterExtension final EngineHarness engine = new EngineHarness();

  private ElementHistory history() {
    return new ElementHistory(engine.client());
  }

  @Test
  void shouldShowTheTakenBranchAndLeaveTheOthersNotTaken() {
    // given
    engine.deployProcess("exclusive-gateway-with-default.bpmn");
    String jobType = EngineHarness.newJobType();
    long instance =
        engine
            .createInstance(
                "exclusive-gateway-with-default", variables("severity", "high", "jobType", jobType))
            .getProcessInstanceKey();
    engine.awaitJob(jobType);

    // when
    Map<String, StepState> states =
        history().states(instance).orElseThrow().get("exclusive-gateway-with-default");

    // then
    assertThat(states)
        .containsEntry("start", StepState.COMPLETED)
        .containsEntry("route-by-severity", StepState.COMPLETED)
        .containsEntry("escalate", StepState.CURRENT)
        .doesNotContainKeys("review", "triage", "triaged", "escalated");
  }

  @Test
  void shouldMarkWhatCompletedOnceTheStepIsDone() {
    // given
    engine.deployProcess("exclusive-gateway-with-default.bpmn");
    String jobType = EngineHarness.newJobType();
    long instance =
        engine
            .createInstance(
                "exclusive-gateway-with-default", variables("severity", "low", "jobType", jobType))
            .getProcessInstanceKey();
    var job = engine.awaitJob(jobType);

    // when
    engine.client().newCompleteCommand(job).send().join();
    Map<String, StepState> states = awaitEnded(instance, "triaged");

    // then
    assertThat(states)
        .containsEntry("triage", StepState.COMPLETED)
        .containsEntry("triaged", StepState.COMPLETED)
        .doesNotContainKeys("escalate", "review");
  }

  @Test
  void shouldFollowTheCallIntoTheCalledProcess() {
    // given
    engine.deployProcess("call-activity-child.bpmn");
    engine.deployProcess("call-activity-default-propagation.bpmn");
    String childJobType = EngineHarness.newJobType();
    long instance =
        engine
            .createInstance(
                "call-activity-default-propagation",
                variables("childJobType", childJobType, "jobType", EngineHarness.newJobType()))
            .getProcessInstanceKey();
    engine.awaitJob(childJobType);

    // when
    Map<String, Map<String, StepState>> states = history().states(instance).orElseThrow();

    // then
    assertThat(states.keySet())
        .containsExactly("call-activity-default-propagation", "call-activity-child");
    assertThat(states.get("call-activity-default-propagation"))
        .containsEntry("call-containment", StepState.CURRENT)
        .doesNotContainKey("report-containment");
    assertThat(states.get("call-activity-child"))
        .containsEntry("start", StepState.COMPLETED)
        .containsEntry("contain-host", StepState.CURRENT);
  }

  @Test
  void shouldSayNothingForAnInstanceTheEngineDoesNotKnow() {
    assertThat(history().states(4242L)).isEmpty();
  }

  /** Reads the history again (short pauses, no sleep) until the element has completed. */
  private Map<String, StepState> awaitEnded(long instance, String elementId) {
    Map<String, StepState> states = Map.of();
    for (int attempt = 0; attempt < 50; attempt++) {
      states =
          history()
              .states(instance)
              .orElseThrow()
              .getOrDefault("exclusive-gateway-with-default", Map.of());
      if (states.get(elementId) == StepState.COMPLETED) {
        return states;
      }
      engine.pause(java.time.Duration.ofMillis(100));
    }
    return states;
  }
}
