package io.irplaybook.playbook;

import static org.assertj.core.api.Assertions.assertThat;

import io.irplaybook.engine.testing.EngineHarness;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 14: contain in the first hour, rotate as soon as scoping is done while evidence and the log
 * hunt run alongside, and let findings decide what happens next.
 */
class ContainFirstTest {

  private static final List<String> CONTAINMENT =
      List.of(
          "capture-device-state",
          "disable-cloud-backup",
          "legal-hold-logs",
          "restrict-management-access");

  @RegisterExtension final EngineHarness engine = new EngineHarness();

  private PlaybookDriver driver;

  @BeforeEach
  void deployThePlaybooks() {
    driver = new PlaybookDriver(engine);
  }

  @AfterEach
  void stopTheWorkers() {
    driver.close();
  }

  @ParameterizedTest(name = "{0} employees")
  @ValueSource(ints = {12, 120, 5000})
  void shouldOpenEveryContainmentStepWithScopingRightAfterDeclaration(int employees) {
    // given
    driver.declare(PlaybookDriver.incident(employees));

    // when nothing has been completed yet
    List<StepTask> first =
        driver.awaitSteps(
            job ->
                CONTAINMENT.contains(job.getElementId())
                    || job.getElementId().equals("identify-assets"),
            5);

    // then containment and scoping are open together, each containment step due within the hour
    assertThat(first)
        .extracting(StepTask::getElementId)
        .containsExactlyInAnyOrder(
            "capture-device-state",
            "disable-cloud-backup",
            "legal-hold-logs",
            "restrict-management-access",
            "identify-assets");
    assertThat(first)
        .filteredOn(job -> CONTAINMENT.contains(job.getElementId()))
        .allSatisfy(job -> assertThat(job.getDueDate()).isNotNull());
  }

  @ParameterizedTest(name = "{0} employees")
  @ValueSource(ints = {120, 5000})
  void shouldStartTheFirstWaveWithoutWaitingForEvidenceOrTheSiem(int employees) {
    // given scoping is done, containment, evidence and SIEM onboarding are still open
    driver.declare(PlaybookDriver.incident(employees));
    driver.completeAll(driver.awaitSteps("identify-assets", 1));
    driver.completeAll(driver.awaitSteps("identify-secrets", 1));

    // when
    List<StepTask> rotations = driver.awaitSteps("rotate-credential", 2);

    // then
    assertThat(rotations)
        .extracting(job -> job.getVariablesAsMap().get("waveNumber"))
        .containsOnly(1);
    assertThat(driver.humanSteps())
        .extracting(HumanStep::elementId)
        .contains("preserve-evidence", "deploy-detections", "request-vendor-detections")
        .containsAll(CONTAINMENT);
  }

  @ParameterizedTest(name = "{0} employees")
  @ValueSource(ints = {12, 120, 5000})
  void shouldCloseOnTheShortPathWithARecordedReasonWhenNoDeviceUsedCloudBackup(int employees) {
    // given
    Map<String, Object> incident = PlaybookDriver.incident(employees);
    incident.put(
        "assets", List.of(Map.of("name", "fw-hq", "kind", "firewall", "usedCloudBackup", false)));
    driver.answering("record-no-exposure", Map.of("closingReason", "Cloud backup never enabled"));

    // when
    var done = driver.runToEnd(driver.declare(incident));

    // then
    assertThat(driver.humanSteps())
        .extracting(HumanStep::elementId)
        .contains("record-no-exposure")
        .doesNotContain(
            "identify-secrets",
            "rotate-credential",
            "reset-device",
            "preserve-evidence",
            "review-logs");
    assertThat(done.getVariablesAsMap())
        .containsEntry("closingReason", "Cloud backup never enabled");
  }

  @ParameterizedTest(name = "{0} employees")
  @ValueSource(ints = {12, 120, 5000})
  void shouldRaiseSeverityAndTellTheCommanderAtOnceWhenTheLogReviewFindsMisuse(int employees) {
    // given
    driver.answering("review-logs", Map.of("misuseFound", true));
    driver.declare(PlaybookDriver.incident(employees));
    driver.completeAll(driver.awaitSteps("identify-assets", 1));
    driver.completeAll(driver.awaitSteps("identify-secrets", 1));
    driver.completeAll(driver.awaitSteps("preserve-evidence", 1));

    // when
    driver.completeAll(driver.awaitSteps("review-logs", 1));
    StepTask commander = driver.awaitSteps("brief-commander-on-compromise", 1).get(0);

    // then
    assertThat(HumanStep.of(commander).candidateGroups()).containsExactly("incident-commander");
    assertThat(commander.getVariablesAsMap()).containsEntry("severity", "critical");
    assertThat(commander.getDueDate()).isNotNull();
    assertThat(driver.recorded())
        .as("the raised severity reaches the incident record before the commander is asked")
        .contains(new PlaybookDriver.Recorded("severity", "critical"));
  }

  @Test
  void shouldRespondToTheCompromiseWhenAWavesVerificationFindsTheOldCredentialUsed() {
    // given wave 1 rotated
    Map<String, Object> incident = PlaybookDriver.incident(120);
    incident.put("severity", "medium");
    driver.declare(incident);
    driver.completeAll(driver.awaitSteps("identify-assets", 1));
    driver.completeAll(driver.awaitSteps("identify-secrets", 1));
    driver.completeAll(driver.awaitSteps("rotate-credential", 2));
    List<StepTask> verifications = driver.awaitSteps("verify-credential", 2);

    // when one verification finds the old credential used
    driver.answering("verify-credential", Map.of("misuseFound", true));
    driver.completeAll(verifications);

    // then the commander is told, severity goes from medium to high, and wave 2 waits for it
    StepTask commander = driver.awaitSteps("brief-commander-on-compromise", 1).get(0);
    assertThat(commander.getVariablesAsMap()).containsEntry("severity", "high");
    driver.assertNoNewStepOf("rotate-credential");
  }
}
