package io.irplaybook.slack.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * Slack, two-way: the interactivity and slash-command endpoints Slack calls, verified with the
 * Slack app's signing secret, and the optional Web API calls made with the bot token. Secrets come
 * from the environment ({@code IRP_SLACK_SIGNING_SECRET}, {@code IRP_SLACK_BOT_TOKEN}).
 */
@ConfigMapping(prefix = "irp.slack")
public interface SlackConfig {

  /**
   * The Slack app's signing secret (Basic Information, App Credentials). Unset: {@code
   * /api/slack/*} answers 404.
   */
  Optional<String> signingSecret();

  /** The bot token ({@code xoxb-...}) for Web API calls; unset: no Web API calls. */
  Optional<String> botToken();

  /** Whether each declared incident gets its own channel (needs the bot token). */
  @WithDefault("false")
  boolean incidentChannels();

  /**
   * How often running incidents without a channel are looked for ({@code off} stops it); used only
   * with {@link #incidentChannels}.
   */
  @WithDefault("30s")
  String channelCheckInterval();

  /** The Web API's base URL; tests point it at a stand-in. */
  @WithDefault("https://slack.com/api")
  String apiUrl();

  /**
   * Where a button press's {@code response_url} may point: answers are posted only to URLs that
   * start with this, so a signed but odd payload cannot make the service call elsewhere.
   */
  @WithDefault("https://hooks.slack.com/")
  String responseUrlPrefix();

  /** How far {@code X-Slack-Request-Timestamp} may be from the service's clock, either way. */
  @WithDefault("5m")
  Duration timestampTolerance();

  /** Slack requests accepted per minute and replica; more are answered 429. */
  @WithDefault("120")
  int rateLimit();
}
