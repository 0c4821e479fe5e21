package io.irplaybook.engine.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Basic authentication on the engine's APIs, and its place in the beyond-loopback rule. */
class GatewayBasicAuthTest {

  private static final String PASSWORD = "a-password-of-24-characters";
  private static final GatewayBasicAuth.Credentials CREDENTIALS =
      new GatewayBasicAuth.Credentials("irp", PASSWORD);

  @Test
  void shouldAdmitTheHeaderACamundaClientSendsForTheUserAndPassword() {
    // given
    GatewayBasicAuth basic = GatewayBasicAuth.of(CREDENTIALS);

    // when / then
    assertThat(basic.admits(header("irp", PASSWORD))).isTrue();
    assertThat(basic.admits(header("irp", PASSWORD + "x"))).isFalse();
    assertThat(basic.admits(header("other", PASSWORD))).isFalse();
    assertThat(basic.admits("Bearer " + PASSWORD)).isFalse();
    assertThat(basic.admits(null)).isFalse();
  }

  @Test
  void shouldRefuseAShortPassword() {
    assertThatThrownBy(() -> GatewayBasicAuth.of(new GatewayBasicAuth.Credentials("demo", "demo")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("irp.engine.basic.password")
        .hasMessageContaining("at least 16");
  }

  @Test
  void shouldRefuseAUserNameWithAColon() {
    assertThatThrownBy(() -> GatewayBasicAuth.of(new GatewayBasicAuth.Credentials("a:b", PASSWORD)))
        .hasMessageContaining("irp.engine.basic.username");
  }

  @Test
  void shouldLetBasicAuthenticationSatisfyTheBeyondLoopbackRule() {
    // when
    Optional<GatewayCredential> access =
        GatewayAccess.forHost(
            "0.0.0.0", Optional.empty(), Optional.empty(), Optional.of(CREDENTIALS));

    // then
    assertThat(access).isPresent();
    assertThat(access.get().admits(header("irp", PASSWORD))).isTrue();
  }

  @Test
  void shouldAdmitEitherTheTokenOrTheUserWhenBothAreSet() {
    // given
    String token = "t".repeat(GatewayToken.MIN_LENGTH);
    GatewayCredential access =
        GatewayAccess.forHost(
                "0.0.0.0", Optional.of(token), Optional.empty(), Optional.of(CREDENTIALS))
            .orElseThrow();

    // when / then
    assertThat(access.admits("Bearer " + token)).isTrue();
    assertThat(access.admits(header("irp", PASSWORD))).isTrue();
    assertThat(access.admits("Bearer " + token + "x")).isFalse();
    assertThat(access.expected()).contains("Bearer").contains("Basic");
  }

  @Test
  void shouldStillRefuseToListenBeyondLoopbackWithoutAnyCredential() {
    assertThatThrownBy(
            () ->
                GatewayAccess.forHost(
                    "0.0.0.0", Optional.empty(), Optional.empty(), Optional.empty()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("irp.engine.basic.*");
  }

  private static String header(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
