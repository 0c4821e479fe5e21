package io.irplaybook.engine.conformance;

import static io.irplaybook.engine.testing.EngineHarness.newJobType;
import static io.irplaybook.engine.testing.EngineHarness.variables;
import static io.irplaybook.engine.testing.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.CamundaFuture;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.response.ProcessInstanceResult;
import io.grpc.Status;
import io.irplaybook.engine.testing.EngineHarness;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Multi-instance embedded sub-processes and call activities; boundary events sit on the whole loop.
 */
class MultiInstanceContainerTest {

  @RegisterExtension final EngineHarness engine = new EngineHarness();

  private final String jobType = newJobType();
  private final String childJobType = newJobType();
  private final String afterJobType = newJobType();

  @Test
  void shouldRunTheSubProcessOncePerItemWithItsOwnMappings() {
    // given
    engine.deployProcess("multi-instance-sub-process.bpmn");
    CamundaFuture<ProcessInstanceResult> result =
        engine.createInstanceAwaitingResult(
            "multi-instance-sub-process",
            variables(
                "jobType",
                jobType,
                "afterJobType",
                afterJobType,
                "domain",
                "corp.example",
                "accounts",
                List.of("svc-backup", "svc-ci")));
    ActivatedJob first = engine.awaitJob(jobType);
    assertThat(first.getElementId()).isEqualTo("review-account");
    assertThat(first.getVariablesAsMap()).containsEntry("principal", "svc-backup@corp.example");

    // when
    engine
        .client()
        .newCompleteCommand(first.getKey())
        .variables(variables("decision", "disable"))
        .send()
        .join();
    ActivatedJob second = engine.awaitJob(jobType);
    engine
        .client()
        .newCompleteCommand(second.getKey())
        .variables(variables("decision", "keep"))
        .send()
        .join();
    engine.client().newCompleteCommand(engine.awaitJob(afterJobType).getKey()).send().join();

    // then
    assertThat(second.getVariablesAsMap()).containsEntry("principal", "svc-ci@corp.example");
    assertThat(result.join().getVariablesAsMap())
        .containsEntry("decisions", List.of("disable", "keep"))
        .doesNotContainKeys("account", "principal", "decision");
  }

  @Test
  void shouldCallOneChildInstancePerItemAndCollectTheirResults() {
    // given
    engine.deploy("call-activity-child.bpmn", "multi-instance-call-activity.bpmn");
    CamundaFuture<ProcessInstanceResult> result =
        engine.createInstanceAwaitingResult(
            "multi-instance-call-activity",
            variables(
                "childJobType",
                childJobType,
                "afterJobType",
                afterJobType,
                "hosts",
                List.of("web-01", "db-01")));
    List<ActivatedJob> childJobs = engine.awaitJobs(childJobType, 2);
    assertThat(childJobs).extracting(ActivatedJob::getProcessInstanceKey).doesNotHaveDuplicates();

    // when
    childJobs.forEach(
        job ->
            engine
                .client()
                .newCompleteCommand(job.getKey())
                .variables(variables("verdict", "contained " + job.getVariablesAsMap().get("host")))
                .send()
                .join());
    engine.client().newCompleteCommand(engine.awaitJob(afterJobType).getKey()).send().join();

    // then
    assertThat(result.join().getVariablesAsMap())
        .containsEntry("verdicts", List.of("contained web-01", "contained db-01"));
  }

  @Test
  void shouldInterruptEveryItemWhenABoundaryOnTheLoopCatchesAnError() {
    // given
    engine.deploy("call-activity-child.bpmn", "multi-instance-call-activity.bpmn");
    CamundaFuture<ProcessInstanceResult> result =
        engine.createInstanceAwaitingResult(
            "multi-instance-call-activity",
            variables(
                "childJobType",
                childJobType,
                "afterJobType",
                afterJobType,
                "hosts",
                List.of("web-01", "db-01")));
    List<ActivatedJob> childJobs = engine.awaitJobs(childJobType, 2);

    // when
    engine
        .client()
        .newThrowErrorCommand(childJobs.get(0).getKey())
        .errorCode("host-unreachable")
        .send()
        .join();

    // then: the loop ends at the boundary, the other child is cancelled with its job
    assertThat(result.join().getProcessInstanceKey()).isPositive();
    assertRejected(
        Status.Code.NOT_FOUND,
        () -> engine.client().newCompleteCommand(childJobs.get(1).getKey()).send().join());
    engine.assertNoActivatableJob(afterJobType);
  }
}
