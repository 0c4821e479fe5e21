package io.irplaybook.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.irplaybook.notify.config.NotifyConfig;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How environment variable names become channel names: what the README tells operators. */
class NotifyConfigEnvTest {

  private static NotifyConfig fromEnv(Map<String, String> env) {
    SmallRyeConfig config =
        new SmallRyeConfigBuilder()
            .withMapping(NotifyConfig.class)
            .withConverter(Duration.class, 100, new DurationConverter())
            .withSources(new EnvConfigSource(env, 300))
            .build();
    return config.getConfigMapping(NotifyConfig.class);
  }

  @Test
  void shouldMapAPlainUpperCaseNameToALowerCaseChannel() {
    // when
    NotifyConfig config =
        fromEnv(
            Map.of(
                "IRP_NOTIFY_CHANNELS_OPS_TYPE", "slack",
                "IRP_NOTIFY_CHANNELS_OPS_URL", "https://hooks.example.test/x",
                "IRP_NOTIFY_ALLOW_HOSTS", "10.0.0.1,hooks.internal"));

    // then
    assertThat(config.channels()).containsOnlyKeys("ops");
    assertThat(config.channels().get("ops").type()).isEqualTo(NotifyConfig.ChannelType.SLACK);
    assertThat(config.allowHosts()).contains(List.of("10.0.0.1", "hooks.internal"));
  }

  @Test
  void shouldTurnADoubleUnderscoreQuotedNameIntoADottedChannelName() {
    // when
    NotifyConfig config =
        fromEnv(
            Map.of(
                "IRP_NOTIFY_CHANNELS__SOC_MAIL__TYPE", "email",
                "IRP_NOTIFY_CHANNELS__SOC_MAIL__RECIPIENTS", "a@example.test,b@example.test"));

    // then: an underscore inside the quoted part becomes a dot, never a dash
    assertThat(config.channels()).containsOnlyKeys("soc.mail");
    assertThat(config.channels().get("soc.mail").recipients())
        .contains(List.of("a@example.test", "b@example.test"));
  }
}
