package io.irplaybook.playbook;

import static org.assertj.core.api.Assertions.assertThat;

import io.irplaybook.engine.testing.EngineHarness;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Re-authentication runs in waves: rotate, then verify, before the next wave; an overrunning wave
 * is escalated.
 */
class StagedReauthenticationTest {

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

  @Test
  void shouldNotStartTheNextWaveBeforeEveryCredentialClassOfTheCurrentWaveIsVerified() {
    // given wave 1 rotated, and one of its two credential classes verified
    driver.declare(PlaybookDriver.incident(120));
    completeStepsBeforeTheWaves();
    driver.completeAll(driver.awaitSteps("rotate-credential", 2));
    List<StepTask> verifications = driver.awaitSteps("verify-credential", 2);
    driver.complete(verifications.get(0));

    // when / then no step of wave 2 exists while a verification of wave 1 is open
    driver.assertNoNewStepOf("rotate-credential");

    // when the last verification is done, and staff have been told their credentials change
    driver.complete(verifications.get(1));
    driver.completeAll(driver.awaitSteps("approve-staff-reset", 1));

    // then wave 2 starts, with all its credential classes at once
    List<StepTask> wave2 = driver.awaitSteps("rotate-credential", 5);
    assertThat(wave2).extracting(job -> job.getVariablesAsMap().get("waveNumber")).containsOnly(2);
  }

  @Test
  void shouldOrderEveryWaveAfterTheVerificationOfThePreviousOneInAFullRun() {
    // given
    var result = driver.declare(PlaybookDriver.incident(600));

    // when
    driver.runToEnd(result);

    // then the last verification of wave n comes before the first rotation of wave n + 1
    List<HumanStep> steps = driver.humanSteps();
    for (int wave = 1; wave < 4; wave++) {
      int lastVerified = lastIndex(steps, "verify-credential", wave);
      int nextRotated = firstIndex(steps, "rotate-credential", wave + 1);
      assertThat(lastVerified)
          .as("last verification of wave %d", wave)
          .isGreaterThanOrEqualTo(0)
          .isLessThan(nextRotated);
      assertThat(lastIndex(steps, "rotate-credential", wave + 1))
          .isLessThan(firstIndex(steps, "verify-credential", wave + 1));
    }
  }

  @ParameterizedTest(name = "{0} employees: {1} escalated every {3}")
  @CsvSource({
    "12, reset-device, escalate-reset, PT4H",
    "120, rotate-credential, escalate-wave-1, PT4H",
    "5000, rotate-credential, escalate-wave-1, PT4H"
  })
  void shouldEscalateTheAdministratorResetToTheCommanderAgainAndAgainWithoutStoppingIt(
      int employees, String rotateStep, String escalationStep, Duration limit) {
    // given the administrator and portal credentials are being reset
    driver.declare(PlaybookDriver.incident(employees));
    completeStepsBefore(rotateStep);
    List<StepTask> rotations = driver.awaitSteps(rotateStep, employees < 50 ? 1 : 2);

    // when the reset is one minute short of its limit, nothing happens
    engine.clock().advance(limit.minusMinutes(1));
    driver.assertNoNewStepOf(escalationStep);

    // when it passes the limit, and then the limit again
    engine.clock().advance(Duration.ofMinutes(2));
    StepTask first = driver.awaitSteps(escalationStep, 1).get(0);
    engine.clock().advance(limit);
    driver.awaitSteps(escalationStep, 1);

    // then the incident commander is asked each time, and the reset goes on
    assertThat(HumanStep.of(first).candidateGroups()).containsExactly("incident-commander");
    driver.completeAll(rotations);
    assertThat(driver.awaitSteps(employees < 50 ? "verify-device-reset" : "verify-credential", 1))
        .isNotEmpty();
  }

  private void completeStepsBeforeTheWaves() {
    completeStepsBefore("rotate-credential");
  }

  /** Completes the steps that come before the first reset in every tier. */
  private void completeStepsBefore(String rotateStep) {
    for (int poll = 0; poll < 20; poll++) {
      List<StepTask> next = driver.awaitSteps(job -> true, 1);
      if (next.get(0).getElementId().equals(rotateStep)) {
        // put it back for the caller: it is wave 1's first rotation
        driver.hold(next.get(0));
        return;
      }
      driver.complete(next.get(0));
    }
    throw new AssertionError("Expected " + rotateStep + " within 20 steps");
  }

  private static int firstIndex(List<HumanStep> steps, String elementId, int wave) {
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i).elementId().equals(elementId)
          && Integer.valueOf(wave).equals(steps.get(i).wave())) {
        return i;
      }
    }
    return -1;
  }

  private static int lastIndex(List<HumanStep> steps, String elementId, int wave) {
    int last = -1;
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i).elementId().equals(elementId)
          && Integer.valueOf(wave).equals(steps.get(i).wave())) {
        last = i;
      }
    }
    return last;
  }
}
