package io.irplaybook.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.irplaybook.inbox.config.InboxConfig;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The task-notice settings as environment variables, as the README tells operators. */
class InboxConfigEnvTest {

  private static InboxConfig fromEnv(Map<String, String> env) {
    SmallRyeConfig config =
        new SmallRyeConfigBuilder()
            .withMapping(InboxConfig.class)
            .withConverter(Duration.class, 100, new DurationConverter())
            .withSources(new EnvConfigSource(env, 300))
            .build();
    return config.getConfigMapping(InboxConfig.class);
  }

  @Test
  void shouldReadNotifyAndGroupChannelsFromTheEnvironment() {
    // when
    InboxConfig config =
        fromEnv(
            Map.of(
                "IRP_INBOX_NOTIFY_CHANNELS", "ops,soc",
                "IRP_INBOX_GROUP_CHANNELS_FORENSICS", "forensics"));

    // then
    assertThat(config.notifyChannels()).contains(List.of("ops", "soc"));
    assertThat(config.groupChannels()).containsOnly(Map.entry("forensics", List.of("forensics")));
  }

  @Test
  void shouldSendNothingByDefault() {
    // when
    InboxConfig config = fromEnv(Map.of());

    // then
    assertThat(config.notifyChannels()).isEmpty();
    assertThat(config.groupChannels()).isEmpty();
  }
}
