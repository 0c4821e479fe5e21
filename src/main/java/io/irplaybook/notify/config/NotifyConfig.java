package io.irplaybook.notify.config;

import io.irplaybook.notify.ChannelClass;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Notification channels and the outbox dispatcher. Channel URLs and secrets are secrets: set them
 * from the environment (a Kubernetes Secret), e.g. {@code IRP_NOTIFY_CHANNELS_OPS_URL}.
 */
@ConfigMapping(prefix = "irp.notify")
public interface NotifyConfig {

  /** Named channels; playbooks and organisation profiles refer to them by name. */
  Map<String, Channel> channels();

  /**
   * Host names or IP addresses the SSRF guard lets through although they are loopback, private,
   * link-local or metadata addresses (e.g. an internal webhook receiver). Empty by default.
   */
  Optional<List<String>> allowHosts();

  /** How often the dispatcher looks for due notifications; {@code off} stops the schedule. */
  @WithDefault("1s")
  String dispatchInterval();

  /** How many due notifications one dispatcher pass claims. */
  @WithDefault("50")
  int batchSize();

  /** Attempts before a notification is dead-lettered. */
  @WithDefault("8")
  int maxAttempts();

  /** Back-off after the first failed attempt; it doubles on every further failure. */
  @WithDefault("10s")
  Duration backoffInitial();

  /** The longest back-off, also the cap for a Retry-After the receiver asks for. */
  @WithDefault("1h")
  Duration backoffMax();

  /**
   * How long a claimed notification stays claimed; after that another dispatcher may take it
   * (crash).
   */
  @WithDefault("2m")
  Duration claimTimeout();

  /** Connect and response timeout of one HTTP delivery. */
  @WithDefault("10s")
  Duration requestTimeout();

  /**
   * The least time between two messages to one Slack webhook (Slack allows about one per second).
   */
  @WithDefault("1s")
  Duration slackInterval();

  /**
   * The least time between two messages to one Teams channel: Teams throttles a Workflows webhook
   * that posts in bursts, answering 429.
   */
  @WithDefault("1s")
  Duration teamsInterval();

  /** One channel. */
  interface Channel {

    /**
     * {@code slack} (incoming webhook), {@code email} (Quarkus Mailer over SMTP), {@code webhook}
     * {@code teams} (a Teams Workflows webhook posting an Adaptive Card) or {@code pagerduty}
     * (Events API v2).
     */
    ChannelType type();

    /**
     * Slack incoming-webhook URL, Teams Workflows URL (both secrets) or webhook endpoint; unused
     * for email.
     */
    Optional<String> url();

    /**
     * Standard Webhooks signing secrets ({@code whsec_...}), comma-separated. Every listed secret
     * signs, so during a rotation the receiver accepts either. For {@code pagerduty}: the
     * integration's routing key (the first one listed).
     */
    Optional<List<String>> secret();

    /** E-mail recipients, comma-separated. */
    Optional<List<String>> recipients();

    /**
     * Who reads this channel ({@code internal}, {@code customer}, {@code regulator}, {@code peer}),
     * comma-separated. A send step with a {@code channel-class} header reaches only channels of
     * that class. Internal by default, so a channel reaches outsiders only when configured to.
     */
    @WithDefault("internal")
    Set<ChannelClass> classes();
  }

  /** What kind of destination a channel is. */
  enum ChannelType {
    SLACK,
    EMAIL,
    WEBHOOK,
    TEAMS,
    PAGERDUTY
  }
}
