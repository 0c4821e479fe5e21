package io.irplaybook.engine.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.irplaybook.engine.bpmn.BpmnElements;
import io.irplaybook.engine.expression.ExpressionLanguage;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * The compiler gives each kind its own executable type carrying what that kind needs, and only
 * that: processors receive the type of their kind, never a grab-bag with optional fields (issue
 * 18).
 */
class PerKindElementTypesTest {

  private final ProcessCompiler compiler = BpmnElements.processCompiler(new ExpressionLanguage());

  @Test
  void shouldCompileAGatewayWithItsDefaultFlowAndTheProcessAsAContainer() throws IOException {
    // when
    ExecutableProcess process = compile("exclusive-gateway-with-default.bpmn");

    // then
    assertThat(process.root()).isInstanceOf(ExecutableContainer.class);
    assertThat(process.root().noneStartEvent().id()).isEqualTo("start");
    assertThat(process.element("route-by-severity"))
        .isInstanceOfSatisfying(
            ExecutableGateway.class,
            gateway -> assertThat(gateway.defaultFlow().id()).isEqualTo("flow-otherwise"));
  }

  @Test
  void shouldAttachABoundaryEventOfItsOwnTypeToItsActivity() throws IOException {
    // when
    ExecutableProcess process = compile("message-boundary-non-interrupting.bpmn");

    // then
    ExecutableJobWorkerTask task = (ExecutableJobWorkerTask) process.element("contain-host");
    assertThat(task.jobDefinition()).isNotNull();
    assertThat(task.boundaryEvents())
        .singleElement()
        .satisfies(
            boundary -> {
              assertThat(boundary.id()).isEqualTo("message-arrived");
              assertThat(boundary.attachedTo()).isSameAs(task);
              assertThat(boundary.interrupting()).isFalse();
              assertThat(boundary.trigger()).isEqualTo(EventTrigger.MESSAGE);
              assertThat(boundary.message()).isNotNull();
            });
  }

  @Test
  void shouldWrapAMultiInstanceSubProcessInABodyThatReachesTheContainer() throws IOException {
    // when
    ExecutableProcess process = compile("multi-instance-sub-process.bpmn");

    // then
    ExecutableMultiInstanceBody body =
        (ExecutableMultiInstanceBody) process.element("review-accounts");
    assertThat(body.kind()).isEqualTo(ElementKind.MULTI_INSTANCE_BODY);
    assertThat(body.loop().inputCollection().source()).contains("accounts");
    assertThat(body.innerActivity())
        .isInstanceOfSatisfying(
            ExecutableContainer.class,
            inner -> {
              assertThat(inner.kind()).isEqualTo(ElementKind.SUB_PROCESS);
              assertThat(inner.flowScope()).isSameAs(body);
              assertThat(inner.noneStartEvent().id()).isEqualTo("review-start");
            });
    assertThat(process.element("review-account").flowScope()).isSameAs(body.innerActivity());
  }

  @Test
  void shouldCompileEachFormOfATaskIntoTheTypeOfItsKind() throws IOException {
    // when
    ExecutableProcess camunda = compile("camunda-user-task-with-timer-boundary.bpmn");
    ExecutableProcess jobWorker = compile("user-task-job-worker.bpmn");
    ExecutableProcess businessRuleJob = compile("business-rule-task-job-worker.bpmn");
    ExecutableProcess businessRuleDecision = compile("business-rule-task-risk-score.bpmn");

    // then
    assertThat(camunda.element("triage")).isInstanceOf(ExecutableCamundaUserTask.class);
    assertThat(((ExecutableCamundaUserTask) camunda.element("triage")).userTaskDefinition())
        .isNotNull();
    assertThat(jobWorker.element("approve-containment"))
        .isInstanceOfSatisfying(
            ExecutableJobWorkerTask.class,
            task -> {
              assertThat(task.kind()).isEqualTo(ElementKind.USER_TASK);
              assertThat(task.jobDefinition().type().source())
                  .isEqualTo(JobDefinition.USER_TASK_JOB_TYPE);
            });
    assertThat(businessRuleJob.element("score-externally"))
        .isInstanceOfSatisfying(
            ExecutableJobWorkerTask.class,
            task -> assertThat(task.kind()).isEqualTo(ElementKind.SERVICE_TASK));
    assertThat(businessRuleDecision.elements().values())
        .filteredOn(e -> e.kind() == ElementKind.BUSINESS_RULE_TASK)
        .singleElement()
        .isInstanceOfSatisfying(
            ExecutableBusinessRuleTask.class,
            task -> assertThat(task.calledDecision()).isNotNull());
  }

  private ExecutableProcess compile(String fixture) throws IOException {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("bpmn/" + fixture)) {
      CompileResult result = compiler.compile(fixture, in.readAllBytes());
      assertThat(result.problems()).isEmpty();
      return result.processes().get(0);
    }
  }
}
