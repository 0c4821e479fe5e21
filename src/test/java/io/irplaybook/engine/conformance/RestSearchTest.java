package io.irplaybook.engine.conformance;

import static io.irplaybook.engine.testing.EngineHarness.variables;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.camunda.client.api.command.ProblemException;
import io.camunda.client.api.search.enums.ElementInstanceState;
import io.camunda.client.api.search.enums.ElementInstanceType;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.response.ElementInstance;
import io.camunda.client.api.search.response.ProcessInstance;
import io.camunda.client.api.search.response.UserTask;
import io.irplaybook.engine.testing.EngineHarness;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Element-instance, process-instance and variable searches of the Orchestration Cluster REST API,
 * through the Camunda Java client only, and the problem detail for an endpoint the engine does not
 * serve.
 */
class RestSearchTest {

  @RegisterExtension final EngineHarness engine = new EngineHarness();

  private long start(String incidentId) {
    engine.deployProcess("camunda-user-task-with-timer-boundary.bpmn");
    return engine
        .createInstance("camunda-user-task", variables("incidentId", incidentId))
        .getProcessInstanceKey();
  }

  private UserTask openTask(long processInstanceKey) {
    return engine
        .client()
        .newUserTaskSearchRequest()
        .filter(f -> f.processInstanceKey(processInstanceKey))
        .send()
        .join()
        .items()
        .get(0);
  }

  @Test
  void shouldShowCompletedAndActiveElementsOfAProcessInstance() {
    // given
    long instance = start("INC-20");
    engine.client().newCompleteUserTaskCommand(openTask(instance).getUserTaskKey()).send().join();

    // when
    List<ElementInstance> elements =
        engine
            .client()
            .newElementInstanceSearchRequest()
            .filter(f -> f.processInstanceKey(instance))
            .send()
            .join()
            .items();

    // then
    assertThat(elements)
        .extracting(
            ElementInstance::getElementId, ElementInstance::getType, ElementInstance::getState)
        .containsExactlyInAnyOrder(
            tuple("camunda-user-task", ElementInstanceType.PROCESS, ElementInstanceState.ACTIVE),
            tuple("start", ElementInstanceType.START_EVENT, ElementInstanceState.COMPLETED),
            tuple("triage", ElementInstanceType.USER_TASK, ElementInstanceState.COMPLETED),
            tuple("contain", ElementInstanceType.USER_TASK, ElementInstanceState.ACTIVE));
  }

  @Test
  void shouldFindTheProcessInstanceByTheValueOfItsVariable() {
    // given
    long wanted = start("INC-21");
    start("INC-22");

    // when
    List<ProcessInstance> found =
        engine
            .client()
            .newProcessInstanceSearchRequest()
            .filter(f -> f.variables(Map.of("incidentId", "\"INC-21\"")))
            .send()
            .join()
            .items();

    // then
    assertThat(found)
        .extracting(ProcessInstance::getProcessInstanceKey, ProcessInstance::getState)
        .containsExactly(tuple(wanted, ProcessInstanceState.ACTIVE));
  }

  @Test
  void shouldKeepACancelledProcessInstanceFindableAsTerminated() {
    // given
    long instance = start("INC-23");

    // when
    engine.client().newCancelInstanceCommand(instance).send().join();

    // then
    assertThat(
            engine
                .client()
                .newProcessInstanceSearchRequest()
                .filter(f -> f.processInstanceKey(instance))
                .send()
                .join()
                .items())
        .extracting(ProcessInstance::getState)
        .containsExactly(ProcessInstanceState.TERMINATED);
  }

  @Test
  void shouldPageThroughUserTasks() {
    // given
    start("INC-24");
    start("INC-25");
    start("INC-26");

    // when
    var firstPage = engine.client().newUserTaskSearchRequest().page(p -> p.limit(2)).send().join();
    var secondPage =
        engine
            .client()
            .newUserTaskSearchRequest()
            .page(p -> p.limit(2).after(firstPage.page().endCursor()))
            .send()
            .join();

    // then
    assertThat(firstPage.page().totalItems()).isEqualTo(3);
    assertThat(firstPage.items()).hasSize(2);
    assertThat(secondPage.items()).hasSize(1);
    assertThat(secondPage.items().get(0).getUserTaskKey())
        .isNotIn(firstPage.items().stream().map(UserTask::getUserTaskKey).toList());
  }

  @Test
  void shouldAnswerAnUnsupportedEndpointWithAProblemDetailNamingIt() {
    // given
    long instance = start("INC-27");
    long task = openTask(instance).getUserTaskKey();

    // when / then
    assertThatThrownBy(() -> engine.client().newUserTaskGetFormRequest(task).send().join())
        .isInstanceOf(ProblemException.class)
        .satisfies(
            e -> {
              ProblemException problem = (ProblemException) e;
              assertThat(problem.code()).isEqualTo(501);
              assertThat(problem.details().getDetail())
                  .contains("GET /v2/user-tasks/" + task + "/form is not supported");
            });
  }
}
