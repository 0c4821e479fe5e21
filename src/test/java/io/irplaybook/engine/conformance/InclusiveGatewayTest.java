package io.irplaybook.engine.conformance;

import static io.irplaybook.engine.testing.EngineHarness.newJobType;
import static io.irplaybook.engine.testing.EngineHarness.variables;
import static io.irplaybook.engine.testing.Rejections.assertRejected;
import static io.irplaybook.engine.testing.Rejections.description;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.api.response.ActivatedJob;
import io.grpc.Status;
import io.irplaybook.engine.testing.EngineHarness;
import io.irplaybook.engine.testing.EngineHarness.Incident;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Inclusive gateway: fork on every true condition, default flow, incident, and a join of the
 * activated branches.
 */
class InclusiveGatewayTest {

  @RegisterExtension final EngineHarness engine = new EngineHarness();

  private final String jobType = newJobType();
  private final String closeJobType = newJobType();

  private void startNotifying(boolean legal, boolean press, boolean regulator) {
    engine.deployProcess("inclusive-gateway-fork-join.bpmn");
    engine.createInstance(
        "inclusive-gateway-fork-join",
        variables(
            "jobType",
            jobType,
            "closeJobType",
            closeJobType,
            "legal",
            legal,
            "press",
            press,
            "regulator",
            regulator));
  }

  private void complete(List<ActivatedJob> jobs) {
    jobs.forEach(job -> engine.client().newCompleteCommand(job.getKey()).send().join());
  }

  @Test
  void shouldTakeTheOnlyFlowWhoseConditionIsTrue() {
    // when
    startNotifying(true, false, false);

    // then
    List<ActivatedJob> jobs = engine.awaitJobs(jobType, 1);
    assertThat(jobs).extracting(ActivatedJob::getElementId).containsExactly("notify-legal");
    engine.assertNoActivatableJob(jobType);
    complete(jobs);
    assertThat(engine.awaitJob(closeJobType).getElementId()).isEqualTo("close-incident");
  }

  @Test
  void shouldJoinOnlyTheBranchesThatWereActivated() {
    // given: two of three conditions are true
    startNotifying(true, true, false);
    List<ActivatedJob> jobs = engine.awaitJobs(jobType, 2);
    assertThat(jobs)
        .extracting(ActivatedJob::getElementId)
        .containsExactlyInAnyOrder("notify-legal", "notify-press");
    engine.assertNoActivatableJob(jobType);

    // when: one branch arrives, the other is still active
    complete(jobs.subList(0, 1));

    // then: the join waits for it
    engine.assertNoActivatableJob(closeJobType);

    // when: the second arrives; the branch never taken is not waited for
    complete(jobs.subList(1, 2));

    // then
    assertThat(engine.awaitJob(closeJobType).getElementId()).isEqualTo("close-incident");
    engine.assertNoActivatableJob(closeJobType);
  }

  @Test
  void shouldTakeEveryFlowWhenAllConditionsAreTrueAndJoinThemOnce() {
    // given
    startNotifying(true, true, true);
    List<ActivatedJob> jobs = engine.awaitJobs(jobType, 3);

    // when
    complete(jobs);

    // then
    assertThat(jobs)
        .extracting(ActivatedJob::getElementId)
        .containsExactlyInAnyOrder("notify-legal", "notify-press", "notify-regulator");
    engine.awaitJob(closeJobType);
    engine.assertNoActivatableJob(closeJobType);
  }

  @Test
  void shouldTakeTheDefaultFlowOnlyWhenNoConditionIsTrue() {
    // when
    startNotifying(false, false, false);

    // then
    List<ActivatedJob> jobs = engine.awaitJobs(jobType, 1);
    assertThat(jobs).extracting(ActivatedJob::getElementId).containsExactly("review-manually");
    engine.assertNoActivatableJob(jobType);
    complete(jobs);
    engine.awaitJob(closeJobType);
  }

  @Test
  void shouldStopWaitingForABranchThatEndsBeforeReachingTheJoin() {
    // given: legal is notified while the press branch is still being assessed
    engine.deployProcess("inclusive-gateway-branch-ending-elsewhere.bpmn");
    engine.createInstance(
        "inclusive-gateway-branch-ending-elsewhere",
        variables(
            "jobType",
            jobType,
            "closeJobType",
            closeJobType,
            "legal",
            true,
            "press",
            true,
            "pressRelease",
            false));
    List<ActivatedJob> jobs = engine.awaitJobs(jobType, 2);
    complete(jobs.stream().filter(job -> job.getElementId().equals("notify-legal")).toList());
    engine.assertNoActivatableJob(closeJobType);

    // when: the press branch ends at "no press release" instead of reaching the join
    complete(jobs.stream().filter(job -> job.getElementId().equals("assess-press")).toList());

    // then: nothing can reach the join any more, so it fires
    assertThat(engine.awaitJob(closeJobType).getElementId()).isEqualTo("close-incident");
  }

  @Test
  void shouldRaiseAnIncidentWhenNoConditionIsTrueAndThereIsNoDefaultFlow() {
    // given
    engine.deployProcess("inclusive-gateway-without-default.bpmn");

    // when
    long instanceKey =
        engine
            .createInstance(
                "inclusive-gateway-without-default",
                variables("jobType", jobType, "legal", false, "press", false))
            .getProcessInstanceKey();

    // then
    Incident incident = engine.awaitIncident(instanceKey);
    assertThat(incident.errorType()).isEqualTo("CONDITION_ERROR");
    assertThat(incident.elementId()).isEqualTo("notify-whom");
    engine.assertNoActivatableJob(jobType);

    // when: the variables are fixed and the incident resolved
    engine
        .client()
        .newSetVariablesCommand(instanceKey)
        .variables(variables("press", true))
        .send()
        .join();
    engine.client().newResolveIncidentCommand(incident.key()).send().join();

    // then
    assertThat(engine.awaitJob(jobType).getElementId()).isEqualTo("notify-press");
  }

  @Test
  void shouldRejectAnOutgoingFlowWithoutConditionThatIsNotTheDefault() {
    // when
    ClientStatusException rejection =
        assertRejected(
            Status.Code.INVALID_ARGUMENT,
            () -> engine.deploy("inclusive-gateway-with-unconditioned-flow.bpmn"));

    // then
    assertThat(description(rejection))
        .contains("flow-to-notify-press")
        .contains("Must have a condition");
  }
}
