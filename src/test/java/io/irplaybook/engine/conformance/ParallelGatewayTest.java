package io.irplaybook.engine.conformance;

import static io.irplaybook.engine.testing.EngineHarness.newJobType;
import static io.irplaybook.engine.testing.EngineHarness.variables;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.CamundaFuture;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.response.ProcessInstanceResult;
import io.irplaybook.engine.testing.EngineHarness;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Parallel gateway: the fork starts every branch, the join waits for all of them. */
class ParallelGatewayTest {

  @RegisterExtension final EngineHarness engine = new EngineHarness();

  private final String jobType = newJobType();

  @BeforeEach
  void deploy() {
    engine.deployProcess("parallel-fork-join.bpmn");
  }

  private Map<String, ActivatedJob> byElementId(List<ActivatedJob> jobs) {
    return jobs.stream().collect(Collectors.toMap(ActivatedJob::getElementId, Function.identity()));
  }

  @Test
  void shouldStartEveryBranchAtTheFork() {
    // when
    engine.createInstance("parallel-fork-join", variables("jobType", jobType));

    // then
    assertThat(engine.awaitJobs(jobType, 2))
        .extracting(ActivatedJob::getElementId)
        .containsExactlyInAnyOrder("collect-logs", "isolate-host");
  }

  @Test
  void shouldWaitAtTheJoinUntilEveryBranchHasCompleted() {
    // given
    engine.createInstance("parallel-fork-join", variables("jobType", jobType));
    Map<String, ActivatedJob> branches = byElementId(engine.awaitJobs(jobType, 2));

    // when
    engine.client().newCompleteCommand(branches.get("collect-logs").getKey()).send().join();

    // then
    engine.assertNoActivatableJob(jobType);
    engine.client().newCompleteCommand(branches.get("isolate-host").getKey()).send().join();
    assertThat(engine.awaitJob(jobType).getElementId()).isEqualTo("write-report");
    engine.assertNoActivatableJob(jobType);
  }

  @Test
  void shouldCompleteTheProcessOnlyAfterBothBranchesWithTheVariablesOfBoth() {
    // given
    CamundaFuture<ProcessInstanceResult> result =
        engine.createInstanceAwaitingResult("parallel-fork-join", variables("jobType", jobType));
    Map<String, ActivatedJob> branches = byElementId(engine.awaitJobs(jobType, 2));

    // when
    engine
        .client()
        .newCompleteCommand(branches.get("isolate-host").getKey())
        .variables(variables("isolated", true))
        .send()
        .join();
    engine
        .client()
        .newCompleteCommand(branches.get("collect-logs").getKey())
        .variables(variables("logBundle", "s3://evidence/web-01.tar"))
        .send()
        .join();
    ActivatedJob report = engine.awaitJob(jobType);
    assertThat(result.isDone())
        .as("result answered before the task after the join completed")
        .isFalse();
    engine.client().newCompleteCommand(report.getKey()).send().join();

    // then
    assertThat(result.join().getVariablesAsMap())
        .containsEntry("isolated", true)
        .containsEntry("logBundle", "s3://evidence/web-01.tar");
  }
}
