package io.irplaybook.engine.conformance;

import static io.irplaybook.engine.testing.EngineHarness.newJobType;
import static io.irplaybook.engine.testing.EngineHarness.variables;
import static io.irplaybook.engine.testing.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ActivatedJob;
import io.grpc.Status;
import io.irplaybook.engine.testing.EngineHarness;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Timer boundary events: interrupting and not, durations, dates and cycles, on the controlled
 * clock.
 */
class TimerBoundaryEventTest {

  @RegisterExtension final EngineHarness engine = new EngineHarness();

  private final String jobType = newJobType();
  private final String escalationType = newJobType();
  private final String reminderType = newJobType();

  private Map<String, Object> types() {
    return variables(
        "jobType", jobType, "escalationType", escalationType, "reminderType", reminderType);
  }

  @Test
  void shouldCancelTheActivityWhenAnInterruptingTimerFires() {
    // given
    engine.deployProcess("timer-boundary-interrupting.bpmn");
    engine.createInstance("timer-boundary-interrupting", types());
    ActivatedJob task = engine.awaitJob(jobType);

    // when
    engine.clock().advance(Duration.ofHours(1));

    // then
    assertThat(engine.awaitJob(escalationType).getElementId()).isEqualTo("then");
    assertRejected(
        Status.Code.NOT_FOUND,
        () -> engine.client().newCompleteCommand(task.getKey()).send().join());
  }

  @Test
  void shouldFireAnInterruptingTimerAtTheDateAFeelExpressionGives() {
    // given: the clock starts at 09:00 UTC
    engine.deployProcess("timer-boundary-interrupting-feel-date.bpmn");
    Map<String, Object> variables = types();
    variables.put("regulatorDeadline", "2025-01-06T10:00:00Z");
    engine.createInstance("timer-boundary-interrupting-feel-date", variables);
    engine.awaitJob(jobType);

    // when
    engine.clock().advance(Duration.ofMinutes(59));

    // then
    engine.assertNoActivatableJob(escalationType);
    engine.clock().advance(Duration.ofMinutes(1));
    assertThat(engine.awaitJob(escalationType).getElementId()).isEqualTo("then");
  }

  @Test
  void shouldDropTheTimerWhenTheActivityCompletesFirst() {
    // given
    engine.deployProcess("timer-boundary-interrupting.bpmn");
    var result = engine.createInstanceAwaitingResult("timer-boundary-interrupting", types());
    ActivatedJob task = engine.awaitJob(jobType);

    // when
    engine
        .client()
        .newCompleteCommand(task.getKey())
        .variables(variables("contained", true))
        .send()
        .join();

    // then
    assertThat(result.join().getVariablesAsMap()).containsEntry("contained", true);
    engine.clock().advance(Duration.ofHours(2));
    engine.assertNoActivatableJob(escalationType);
  }

  @Test
  void shouldRepeatANonInterruptingCycleWhileTheActivityWaits() {
    // given: R3/PT1H
    engine.deployProcess("timer-boundary-non-interrupting-cycle.bpmn");
    engine.createInstance("timer-boundary-non-interrupting-cycle", types());
    ActivatedJob task = engine.awaitJob(jobType);

    // when / then: one reminder an hour, three in all (each is completed, so no job timeout muddles
    // the count)
    for (int hour = 1; hour <= 3; hour++) {
      engine.clock().advance(Duration.ofHours(1));
      ActivatedJob reminder = engine.awaitJob(reminderType);
      assertThat(reminder.getElementId()).as("reminder of hour %d", hour).isEqualTo("then");
      engine.assertNoActivatableJob(reminderType);
      engine.client().newCompleteCommand(reminder.getKey()).send().join();
    }
    engine.clock().advance(Duration.ofHours(1));
    engine.assertNoActivatableJob(reminderType);

    // and the activity was never interrupted
    engine.client().newCompleteCommand(task.getKey()).send().join();
  }

  @Test
  void shouldStopTheCycleWhenTheActivityEnds() {
    // given
    engine.deployProcess("timer-boundary-non-interrupting-cycle.bpmn");
    engine.createInstance("timer-boundary-non-interrupting-cycle", types());
    ActivatedJob task = engine.awaitJob(jobType);
    engine.clock().advance(Duration.ofHours(1));
    ActivatedJob reminder = engine.awaitJob(reminderType);
    engine.client().newCompleteCommand(reminder.getKey()).send().join();

    // when
    engine.client().newCompleteCommand(task.getKey()).send().join();

    // then
    engine.clock().advance(Duration.ofHours(3));
    engine.assertNoActivatableJob(reminderType);
  }

  @Test
  void shouldCreateAnEscalationJobWhenAUserTaskBreachesItsSla() {
    // given: a triage user task with a non-interrupting SLA timer
    engine.deployProcess("user-task-sla-escalation.bpmn");
    Map<String, Object> variables = types();
    variables.put("slaDuration", "PT4H");
    variables.put("responders", "soc-tier-1");
    variables.put("caseId", "CASE-77");
    long instanceKey =
        engine.createInstance("user-task-sla-escalation", variables).getProcessInstanceKey();
    ActivatedJob triage = engine.awaitJob("io.camunda.zeebe:userTask");

    // when
    engine.clock().advance(Duration.ofHours(4));

    // then: the duty manager is asked, and the responders can still finish triage
    ActivatedJob escalation = engine.awaitJob(escalationType);
    assertThat(escalation.getElementId()).isEqualTo("then");
    assertThat(escalation.getProcessInstanceKey()).isEqualTo(instanceKey);
    assertThat(escalation.getVariablesAsMap()).containsEntry("caseId", "CASE-77");
    engine.client().newCompleteCommand(triage.getKey()).send().join();
    engine.client().newCompleteCommand(escalation.getKey()).send().join();
  }

  @Test
  void shouldFireABoundaryTimerOnceAfterACrashWhileTheActivityWaited() {
    // given
    engine.deployProcess("timer-boundary-interrupting.bpmn");
    engine.createInstance("timer-boundary-interrupting", types());
    engine.awaitJob(jobType);

    // when
    engine.crashAndRestart();
    engine.clock().advance(Duration.ofHours(1));

    // then
    ActivatedJob escalation = engine.awaitJob(escalationType);
    engine.crashAndRestart();
    engine.clock().advance(Duration.ofMinutes(1));
    engine.assertNoActivatableJob(escalationType);
    engine.client().newCompleteCommand(escalation.getKey()).send().join();
  }
}
