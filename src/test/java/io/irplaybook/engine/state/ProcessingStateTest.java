package io.irplaybook.engine.state;

import static org.assertj.core.api.Assertions.assertThat;

import io.irplaybook.engine.bpmn.BpmnElements;
import io.irplaybook.engine.dmn.CompiledDecisions;
import io.irplaybook.engine.dmn.DmnCompiler;
import io.irplaybook.engine.expression.ExpressionLanguage;
import io.irplaybook.engine.model.CompiledProcesses;
import io.irplaybook.engine.state.event.ElementActivating;
import io.irplaybook.engine.state.event.ElementCompleted;
import io.irplaybook.engine.state.event.ElementTerminated;
import io.irplaybook.engine.state.event.EngineEvent;
import io.irplaybook.engine.state.event.JobCompleted;
import io.irplaybook.engine.state.event.JobCreated;
import io.irplaybook.engine.state.event.ProcessDeployed;
import io.irplaybook.engine.state.event.VariableSet;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The per-domain stores stay consistent with each other: an applier whose event ends something
 * writes through the store of every domain it touches (issue 18), so replaying the same events
 * always gives the same state.
 */
class ProcessingStateTest {

  private static final long PROCESS_DEFINITION = 1;
  private static final long PROCESS_INSTANCE = 10;
  private static final long TASK = 11;
  private static final long JOB = 12;

  private final ProcessingState state =
      new ProcessingState(
          new CompiledProcesses(BpmnElements.processCompiler(new ExpressionLanguage())),
          new CompiledDecisions(new DmnCompiler()));

  @BeforeEach
  void startAnInstanceWaitingForItsJob() throws IOException {
    apply(
        1_000,
        new ProcessDeployed(
            PROCESS_DEFINITION,
            "one-service-task",
            1,
            "one-service-task.bpmn",
            "checksum",
            fixture("one-service-task.bpmn")));
    apply(
        2_000,
        new ElementActivating(
            PROCESS_INSTANCE, PROCESS_INSTANCE, PROCESS_DEFINITION, "one-service-task", -1));
    apply(2_000, new VariableSet(PROCESS_INSTANCE, "incidentId", "INC-7", 20));
    apply(
        3_000,
        new ElementActivating(
            TASK, PROCESS_INSTANCE, PROCESS_DEFINITION, "do-work", PROCESS_INSTANCE));
    apply(3_000, new VariableSet(TASK, "local", 1L, 21));
    apply(
        3_000,
        new JobCreated(
            JOB,
            "do-work",
            3,
            Map.of(),
            TASK,
            PROCESS_INSTANCE,
            PROCESS_DEFINITION,
            "one-service-task",
            1,
            "do-work"));
  }

  @Test
  void shouldSeeTheVariablesOfEveryEnclosingScopeAndTheTaskWaitingForItsJob() {
    // then
    assertThat(state.variables().visible(TASK))
        .containsEntry("incidentId", "INC-7")
        .containsEntry("local", 1L);
    assertThat(state.variables().scopeDefining(TASK, "incidentId")).isEqualTo(PROCESS_INSTANCE);
    assertThat(state.elementInstances().instance(TASK).jobKey()).isEqualTo(JOB);
    assertThat(state.elementInstances().instance(PROCESS_INSTANCE).activeChildren()).isEqualTo(1);
    assertThat(state.jobs().activatable("do-work")).containsExactly(JOB);
  }

  @Test
  void shouldClearTheJobOfItsElementWhenTheJobIsCompleted() {
    // when
    apply(4_000, new JobCompleted(JOB));

    // then
    assertThat(state.jobs().job(JOB)).isNull();
    assertThat(state.jobs().activatable("do-work")).isEmpty();
    assertThat(state.elementInstances().instance(TASK).jobKey()).isZero();
  }

  @Test
  void shouldMoveAFinishedElementAndItsVariablesOutOfTheActiveStoresIntoTheHistory() {
    // when
    apply(4_000, new JobCompleted(JOB));
    apply(5_000, new ElementCompleted(TASK));

    // then
    assertThat(state.elementInstances().instance(TASK)).isNull();
    assertThat(state.elementInstances().children(PROCESS_INSTANCE)).isEmpty();
    assertThat(state.elementInstances().instance(PROCESS_INSTANCE).activeChildren()).isZero();
    assertThat(state.variables().local(TASK)).isEmpty();
    assertThat(state.variables().key(TASK, "local")).isZero();
    assertThat(state.history().of(PROCESS_INSTANCE).elements())
        .singleElement()
        .satisfies(
            finished -> {
              assertThat(finished.key()).isEqualTo(TASK);
              assertThat(finished.completed()).isTrue();
              assertThat(finished.startDate()).isEqualTo(3_000);
              assertThat(finished.endDate()).isEqualTo(5_000);
            });
  }

  @Test
  void shouldKeepTheFinalVariablesOfAnEndedProcessInstanceInItsHistory() {
    // when
    apply(5_000, new ElementTerminated(TASK));
    apply(6_000, new ElementTerminated(PROCESS_INSTANCE));

    // then
    assertThat(state.elementInstances().all()).isEmpty();
    assertThat(state.variables().scopes()).isEmpty();
    assertThat(state.history().finishedProcessInstances()).containsExactly(PROCESS_INSTANCE);
    assertThat(state.history().of(PROCESS_INSTANCE).finalVariables())
        .containsExactly(Map.entry("incidentId", "INC-7"));
  }

  @Test
  void shouldForgetEveryDomainOnClear() {
    // when
    state.clear();

    // then
    assertThat(state.processes().latest("one-service-task")).isNull();
    assertThat(state.elementInstances().all()).isEmpty();
    assertThat(state.jobs().job(JOB)).isNull();
    assertThat(state.variables().scopes()).isEmpty();
  }

  private void apply(long recordedAt, EngineEvent event) {
    state.at(recordedAt);
    event.applyTo(state);
  }

  private static String fixture(String name) throws IOException {
    try (InputStream in =
        ProcessingStateTest.class.getClassLoader().getResourceAsStream("bpmn/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
