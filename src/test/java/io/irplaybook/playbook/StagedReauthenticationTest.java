package io.irplaybook.playbook;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ActivatedJob;
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
    driver.declare(PlaybookDriver.incident(12));
    completeStepsBeforeTheWaves();
    driver.completeAll(driver.awaitSteps("rotate-credential", 2));
    List<ActivatedJob> verifications = driver.awaitSteps("verify-credential", 2);
    driver.complete(verifications.get(0));

    // when / then no step of wave 2 exists while a verification of wave 1 is open
    driver.assertNoNewStep();

    // when the last verification is done
    driver.complete(verifications.get(1));

    // then wave 2 starts, with all its credential classes at once
    List<ActivatedJob> wave2 = driver.awaitSteps("rotate-credential", 3);
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

  @ParameterizedTest(name = "{0} employees: escalated after {1}")
  @CsvSource({"12, PT8H", "120, PT12H", "5000, PT24H"})
  void shouldEscalateAnOverrunningWaveToTheIncidentCommanderWithoutStoppingIt(
      int employees, Duration limit) {
    // given wave 1 is being rotated
    driver.declare(PlaybookDriver.incident(employees));
    completeStepsBeforeTheWaves();
    List<ActivatedJob> rotations = driver.awaitSteps("rotate-credential", 2);

    // when the wave is one minute short of its limit, nothing happens
    engine.clock().advance(limit.minusMinutes(1));
    driver.assertNoNewStep();

    // when it passes the limit
    engine.clock().advance(Duration.ofMinutes(2));
    ActivatedJob escalation = driver.awaitSteps("escalate-wave-1", 1).get(0);

    // then the incident commander is asked to unblock it, and the wave goes on
    assertThat(HumanStep.of(escalation).candidateGroups()).containsExactly("incident-commander");
    driver.completeAll(rotations);
    assertThat(driver.awaitSteps("verify-credential", 2))
        .extracting(job -> job.getVariablesAsMap().get("waveNumber"))
        .containsOnly(1);
  }

  /** Completes the steps that come before wave 1 in every tier (they differ in number only). */
  private void completeStepsBeforeTheWaves() {
    for (int poll = 0; poll < 10; poll++) {
      List<ActivatedJob> next = driver.awaitSteps(job -> true, 1);
      if (next.get(0).getElementId().equals("rotate-credential")) {
        // put it back for the caller: it is wave 1's first rotation
        driver.hold(next.get(0));
        return;
      }
      driver.complete(next.get(0));
    }
    throw new AssertionError("Expected wave 1 to start within 10 steps");
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
