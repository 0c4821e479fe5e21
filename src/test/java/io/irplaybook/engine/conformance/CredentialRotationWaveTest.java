package io.irplaybook.engine.conformance;

import static io.irplaybook.engine.testing.EngineHarness.newJobType;
import static io.irplaybook.engine.testing.EngineHarness.variables;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ActivatedJob;
import io.irplaybook.engine.testing.EngineHarness;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The shape the credential-rotation playbook will take: a sequential wave over credential classes,
 * each class rotated then verified by a called process, so no two classes rotate at once.
 */
class CredentialRotationWaveTest {

  @RegisterExtension final EngineHarness engine = new EngineHarness();

  private final String rotateJobType = newJobType();
  private final String verifyJobType = newJobType();
  private final String closeJobType = newJobType();
  private final List<String> credentialClasses =
      List.of("service-accounts", "api-keys", "break-glass");

  @BeforeEach
  void deploy() {
    engine.deploy("rotate-and-verify-credential.bpmn", "credential-rotation-wave.bpmn");
  }

  @Test
  void shouldRotateAndVerifyEachClassInTurnAndReportEveryVerification() {
    // given
    long waveKey =
        engine
            .createInstance(
                "credential-rotation-wave",
                variables(
                    "rotateJobType",
                    rotateJobType,
                    "verifyJobType",
                    verifyJobType,
                    "closeJobType",
                    closeJobType,
                    "credentialClasses",
                    credentialClasses))
            .getProcessInstanceKey();

    // when
    for (String credentialClass : credentialClasses) {
      ActivatedJob rotate = engine.awaitJob(rotateJobType);
      assertThat(rotate.getVariablesAsMap()).containsEntry("credentialClass", credentialClass);
      engine.assertNoActivatableJob(rotateJobType); // the next class waits for this one
      engine
          .client()
          .newCompleteCommand(rotate.getKey())
          .variables(variables("rotatedAt", "T+" + credentialClass))
          .send()
          .join();
      ActivatedJob verify = engine.awaitJob(verifyJobType);
      engine
          .client()
          .newCompleteCommand(verify.getKey())
          .variables(variables("verification", "ok"))
          .send()
          .join();
    }

    // then
    ActivatedJob close = engine.awaitJob(closeJobType);
    assertThat(close.getProcessInstanceKey()).isEqualTo(waveKey);
    assertThat(close.getVariablesAsMap().get("rotationResults"))
        .isEqualTo(
            List.of(
                Map.of("credentialClass", "service-accounts", "verification", "ok"),
                Map.of("credentialClass", "api-keys", "verification", "ok"),
                Map.of("credentialClass", "break-glass", "verification", "ok")));
    assertThat(close.getVariablesAsMap()).doesNotContainKey("rotatedAt");
  }

  @Test
  void shouldCarryOnWithTheNextClassAfterARestartMidRotation() {
    // given
    engine.createInstance(
        "credential-rotation-wave",
        variables(
            "rotateJobType",
            rotateJobType,
            "verifyJobType",
            verifyJobType,
            "closeJobType",
            closeJobType,
            "credentialClasses",
            credentialClasses.subList(0, 2)));
    ActivatedJob rotate = engine.awaitJob(rotateJobType);

    // when
    engine.crashAndRestart();
    engine.client().newCompleteCommand(rotate.getKey()).send().join();
    engine
        .client()
        .newCompleteCommand(engine.awaitJob(verifyJobType).getKey())
        .variables(variables("verification", "ok"))
        .send()
        .join();

    // then
    assertThat(engine.awaitJob(rotateJobType).getVariablesAsMap())
        .containsEntry("credentialClass", "api-keys");
  }
}
