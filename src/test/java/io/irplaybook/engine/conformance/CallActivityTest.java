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
import io.irplaybook.engine.testing.EngineHarness.Incident;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Call activities: the called process runs as a process instance of its own, and variables cross as
 * Zeebe's propagateAllParentVariables, propagateAllChildVariables and mappings say.
 */
class CallActivityTest {

  @RegisterExtension final EngineHarness engine = new EngineHarness();

  private final String jobType = newJobType();
  private final String childJobType = newJobType();

  @Test
  void shouldRunTheCalledProcessAsAnInstanceOfItsOwn() {
    // given
    engine.deploy("call-activity-child.bpmn", "call-activity-default-propagation.bpmn");

    // when
    long parentKey =
        engine
            .createInstance(
                "call-activity-default-propagation",
                variables("jobType", jobType, "childJobType", childJobType, "caseId", "CASE-21"))
            .getProcessInstanceKey();

    // then
    ActivatedJob childJob = engine.awaitJob(childJobType);
    assertThat(childJob.getBpmnProcessId()).isEqualTo("call-activity-child");
    assertThat(childJob.getElementId()).isEqualTo("contain-host");
    assertThat(childJob.getProcessInstanceKey()).isNotEqualTo(parentKey);
  }

  @Test
  void shouldCopyEveryParentVariableInAndEveryChildVariableOutByDefault() {
    // given
    engine.deploy("call-activity-child.bpmn", "call-activity-default-propagation.bpmn");
    engine.createInstance(
        "call-activity-default-propagation",
        variables("jobType", jobType, "childJobType", childJobType, "caseId", "CASE-22"));
    ActivatedJob childJob = engine.awaitJob(childJobType);
    assertThat(childJob.getVariablesAsMap())
        .containsEntry("caseId", "CASE-22")
        .containsEntry("jobType", jobType);

    // when
    engine
        .client()
        .newCompleteCommand(childJob.getKey())
        .variables(variables("verdict", "contained"))
        .send()
        .join();

    // then
    ActivatedJob after = engine.awaitJob(jobType);
    assertThat(after.getElementId()).isEqualTo("report-containment");
    assertThat(after.getVariablesAsMap())
        .containsEntry("verdict", "contained")
        .containsEntry("caseId", "CASE-22");
  }

  @Test
  void shouldCopyOnlyInputMappedVariablesInAndNothingOutWithoutPropagation() {
    // given
    engine.deploy("call-activity-child.bpmn", "call-activity-without-propagation.bpmn");
    engine.createInstance(
        "call-activity-without-propagation",
        variables(
            "jobType",
            jobType,
            "childJobType",
            childJobType,
            "caseId",
            "CASE-23",
            "secret",
            "parent-only"));
    ActivatedJob childJob = engine.awaitJob(childJobType);
    assertThat(childJob.getVariablesAsMap())
        .containsEntry("caseId", "CASE-23")
        .doesNotContainKeys("secret", "jobType");

    // when
    engine
        .client()
        .newCompleteCommand(childJob.getKey())
        .variables(variables("verdict", "contained"))
        .send()
        .join();

    // then
    assertThat(engine.awaitJob(jobType).getVariablesAsMap())
        .containsEntry("secret", "parent-only")
        .doesNotContainKey("verdict");
  }

  @Test
  void shouldHandTheChildInputMappingsAndTakeBackOnlyTheOutputMappings() {
    // given
    engine.deploy("call-activity-child.bpmn", "call-activity-with-mappings.bpmn");
    CamundaFuture<ProcessInstanceResult> result =
        engine.createInstanceAwaitingResult(
            "call-activity-with-mappings",
            variables(
                "jobType",
                jobType,
                "childJobType",
                childJobType,
                "alert",
                variables("host", "db-02")));
    ActivatedJob childJob = engine.awaitJob(childJobType);
    assertThat(childJob.getVariablesAsMap()).containsEntry("hostName", "db-02");

    // when
    engine
        .client()
        .newCompleteCommand(childJob.getKey())
        .variables(variables("verdict", "isolated", "scratch", 1))
        .send()
        .join();
    engine.client().newCompleteCommand(engine.awaitJob(jobType).getKey()).send().join();

    // then
    assertThat(result.join().getVariablesAsMap())
        .containsEntry("containmentVerdict", "isolated")
        .doesNotContainKeys("verdict", "scratch", "hostName");
  }

  @Test
  void shouldCallTheProcessAFeelExpressionNames() {
    // given
    engine.deploy("call-activity-child.bpmn", "call-activity-feel-process-id.bpmn");

    // when
    engine.createInstance(
        "call-activity-feel-process-id",
        variables(
            "jobType",
            jobType,
            "childJobType",
            childJobType,
            "playbookProcessId",
            "call-activity-child"));

    // then
    assertThat(engine.awaitJob(childJobType).getBpmnProcessId()).isEqualTo("call-activity-child");
  }

  @Test
  void shouldRaiseAnIncidentForAnUnknownProcessAndCallItOnceItIsDeployedAndResolved() {
    // given
    engine.deployProcess("call-activity-default-propagation.bpmn");
    long parentKey =
        engine
            .createInstance(
                "call-activity-default-propagation",
                variables("jobType", jobType, "childJobType", childJobType))
            .getProcessInstanceKey();
    Incident incident = engine.awaitIncident(parentKey);
    assertThat(incident.errorType()).isEqualTo("CALLED_ELEMENT_ERROR");
    assertThat(incident.elementId()).isEqualTo("call-containment");
    assertThat(incident.errorMessage()).contains("call-activity-child");

    // when
    engine.deployProcess("call-activity-child.bpmn");
    engine.client().newResolveIncidentCommand(incident.key()).send().join();

    // then
    assertThat(engine.awaitJob(childJobType).getBpmnProcessId()).isEqualTo("call-activity-child");
    assertThat(engine.openIncidents(parentKey)).isEmpty();
  }

  @Test
  void shouldCancelTheChildAndItsJobsWhenTheParentIsCancelled() {
    // given
    engine.deploy("call-activity-child.bpmn", "call-activity-default-propagation.bpmn");
    long parentKey =
        engine
            .createInstance(
                "call-activity-default-propagation",
                variables("jobType", jobType, "childJobType", childJobType))
            .getProcessInstanceKey();
    ActivatedJob childJob = engine.awaitJob(childJobType);

    // when
    engine.client().newCancelInstanceCommand(parentKey).send().join();

    // then
    assertRejected(
        Status.Code.NOT_FOUND,
        () -> engine.client().newCompleteCommand(childJob.getKey()).send().join());
    assertRejected(
        Status.Code.NOT_FOUND,
        () ->
            engine
                .client()
                .newCancelInstanceCommand(childJob.getProcessInstanceKey())
                .send()
                .join());
  }

  @Test
  void shouldRefuseToCancelAChildInstanceOnItsOwn() {
    // given
    engine.deploy("call-activity-child.bpmn", "call-activity-default-propagation.bpmn");
    engine.createInstance(
        "call-activity-default-propagation",
        variables("jobType", jobType, "childJobType", childJobType));
    ActivatedJob childJob = engine.awaitJob(childJobType);

    // when / then
    assertRejected(
        Status.Code.FAILED_PRECONDITION,
        () ->
            engine
                .client()
                .newCancelInstanceCommand(childJob.getProcessInstanceKey())
                .send()
                .join());
    engine.client().newCompleteCommand(childJob.getKey()).send().join();
    assertThat(engine.awaitJob(jobType).getElementId()).isEqualTo("report-containment");
  }

  @Test
  void shouldRaiseAnIncidentInTheChildInstanceWhenItsJobRunsOutOfRetries() {
    // given
    engine.deploy("call-activity-child.bpmn", "call-activity-default-propagation.bpmn");
    long parentKey =
        engine
            .createInstance(
                "call-activity-default-propagation",
                variables("jobType", jobType, "childJobType", childJobType))
            .getProcessInstanceKey();
    ActivatedJob childJob = engine.awaitJob(childJobType);

    // when
    engine
        .client()
        .newFailCommand(childJob.getKey())
        .retries(0)
        .errorMessage("EDR unreachable")
        .send()
        .join();

    // then
    Incident incident = engine.awaitIncident(childJob.getProcessInstanceKey());
    assertThat(incident.elementId()).isEqualTo("contain-host");
    assertThat(incident.jobKey()).isEqualTo(childJob.getKey());
    assertThat(engine.openIncidents(parentKey)).isEmpty();
  }

  @Test
  void shouldCarryTheParentOnWhenTheChildIncidentIsResolved() {
    // given
    engine.deploy("call-activity-child.bpmn", "call-activity-default-propagation.bpmn");
    long parentKey =
        engine
            .createInstance(
                "call-activity-default-propagation",
                variables("jobType", jobType, "childJobType", childJobType))
            .getProcessInstanceKey();
    ActivatedJob childJob = engine.awaitJob(childJobType);
    engine
        .client()
        .newFailCommand(childJob.getKey())
        .retries(0)
        .errorMessage("EDR unreachable")
        .send()
        .join();
    Incident incident = engine.awaitIncident(childJob.getProcessInstanceKey());

    // when
    engine.client().newUpdateRetriesCommand(childJob.getKey()).retries(1).send().join();
    engine.client().newResolveIncidentCommand(incident.key()).send().join();
    engine.client().newCompleteCommand(engine.awaitJob(childJobType).getKey()).send().join();

    // then
    assertThat(engine.awaitJob(jobType).getProcessInstanceKey()).isEqualTo(parentKey);
  }

  @Test
  void shouldRaiseAnIncidentWhenTheProcessIdExpressionYieldsNoString() {
    // given
    engine.deploy("call-activity-child.bpmn", "call-activity-feel-process-id.bpmn");

    // when: playbookProcessId is missing
    long parentKey =
        engine
            .createInstance(
                "call-activity-feel-process-id",
                variables("jobType", jobType, "childJobType", childJobType))
            .getProcessInstanceKey();

    // then
    Incident incident = engine.awaitIncident(parentKey);
    assertThat(incident.errorType()).isEqualTo("EXTRACT_VALUE_ERROR");
    assertThat(incident.elementId()).isEqualTo("call-playbook");
    engine.assertNoActivatableJob(childJobType);
  }

  @Test
  void shouldLetABoundaryOnTheCallActivityCatchAnErrorTheChildDoesNotCatch() {
    // given
    engine.deploy("call-activity-child.bpmn", "call-activity-error-boundary.bpmn");
    CamundaFuture<ProcessInstanceResult> result =
        engine.createInstanceAwaitingResult(
            "call-activity-error-boundary",
            variables("jobType", jobType, "childJobType", childJobType));
    ActivatedJob childJob = engine.awaitJob(childJobType);

    // when
    engine
        .client()
        .newThrowErrorCommand(childJob.getKey())
        .errorCode("host-unreachable")
        .variables(variables("unreachableSince", "09:12"))
        .send()
        .join();

    // then: the parent ends at the boundary's end event, the child is gone
    assertThat(result.join().getVariablesAsMap()).containsEntry("unreachableSince", "09:12");
    engine.assertNoActivatableJob(jobType);
    assertRejected(
        Status.Code.NOT_FOUND,
        () ->
            engine
                .client()
                .newCancelInstanceCommand(childJob.getProcessInstanceKey())
                .send()
                .join());
  }

  @Test
  void shouldFinishTheParentWhenTheChildIsCompletedAfterARestart() {
    // given
    engine.deploy("call-activity-child.bpmn", "call-activity-default-propagation.bpmn");
    long parentKey =
        engine
            .createInstance(
                "call-activity-default-propagation",
                variables("jobType", jobType, "childJobType", childJobType, "caseId", "CASE-29"))
            .getProcessInstanceKey();
    ActivatedJob childJob = engine.awaitJob(childJobType);

    // when
    engine.crashAndRestart();
    engine
        .client()
        .newCompleteCommand(childJob.getKey())
        .variables(variables("verdict", "contained"))
        .send()
        .join();

    // then
    ActivatedJob after = engine.awaitJob(jobType);
    assertThat(after.getProcessInstanceKey()).isEqualTo(parentKey);
    assertThat(after.getVariablesAsMap())
        .containsEntry("verdict", "contained")
        .containsEntry("caseId", "CASE-29");
    engine.client().newCompleteCommand(after.getKey()).send().join();
    assertRejected(
        Status.Code.NOT_FOUND,
        () -> engine.client().newCancelInstanceCommand(parentKey).send().join());
  }
}
