package io.irplaybook.audit.service;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.irplaybook.audit.config.AuditConfig;
import io.quarkus.runtime.LaunchMode;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Issue 16: a production start without a configured signing key is refused. */
class ManifestSignerTest {

  @Test
  void shouldRefuseAProductionStartWithoutASigningKeyNamingTheSetting() throws Exception {
    // given
    var signer = new ManifestSigner(config(Optional.empty()));

    // when / then
    assertThatThrownBy(() -> signer.requireConfiguredKey(LaunchMode.NORMAL, true))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith(
            "Set irp.audit.signing-key (environment variable IRP_AUDIT_SIGNING_KEY")
        .hasMessageContaining("does not start");
  }

  @Test
  void shouldLetDevAndTestSignWithAGeneratedKey() throws Exception {
    // given
    var signer = new ManifestSigner(config(Optional.of(" ")));

    // when / then
    assertThatCode(() -> signer.requireConfiguredKey(LaunchMode.DEVELOPMENT, true))
        .doesNotThrowAnyException();
    assertThatCode(() -> signer.requireConfiguredKey(LaunchMode.TEST, true))
        .doesNotThrowAnyException();
  }

  @Test
  void shouldStartInProductionWithAConfiguredKey() throws Exception {
    // given
    String key =
        Base64.getEncoder()
            .encodeToString(
                KeyPairGenerator.getInstance("Ed25519")
                    .generateKeyPair()
                    .getPrivate()
                    .getEncoded());
    var signer = new ManifestSigner(config(Optional.of(key)));

    // when / then
    assertThatCode(() -> signer.requireConfiguredKey(LaunchMode.NORMAL, true))
        .doesNotThrowAnyException();
  }

  @Test
  void shouldStartAnEngineOnlyInstanceWithoutAKeyBecauseItSignsNothing() throws Exception {
    // given
    var signer = new ManifestSigner(config(Optional.empty()));

    // when / then
    assertThatCode(() -> signer.requireConfiguredKey(LaunchMode.NORMAL, false))
        .doesNotThrowAnyException();
  }

  private static AuditConfig config(Optional<String> signingKey) {
    return new AuditConfig() {
      @Override
      public Optional<String> signingKey() {
        return signingKey;
      }

      @Override
      public String secretPattern() {
        return "secret";
      }

      @Override
      public int fetchSize() {
        return 1000;
      }

      @Override
      public Checkpoint checkpoint() {
        throw new UnsupportedOperationException();
      }
    };
  }
}
