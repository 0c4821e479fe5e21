package io.irplaybook.notify;

import io.irplaybook.audit.AuditEvent;
import io.irplaybook.audit.AuditTrail;
import io.irplaybook.notify.config.NotifyConfig;
import io.irplaybook.notify.service.ChannelSenders;
import io.irplaybook.notify.service.DeliveryResult;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * Sends one test message through a named channel at once, bypassing the outbox, because the person
 * setting a channel up wants to see the answer now. Shared by the REST API and the admin page.
 */
@ApplicationScoped
public class ChannelTester {

  /** What happened; {@code status} is the HTTP status the API answers with. */
  public record Outcome(int status, String title, String detail) {
    public boolean delivered() {
      return status == 200;
    }
  }

  private final NotifyConfig config;
  private final ChannelSenders senders;
  private final AuditTrail audit;
  private final Clock clock;

  ChannelTester(NotifyConfig config, ChannelSenders senders, AuditTrail audit, Clock clock) {
    this.config = config;
    this.senders = senders;
    this.audit = audit;
    this.clock = clock;
  }

  /** The configured channel names, sorted, for a page to offer. */
  public List<String> channelNames() {
    return config.channels().keySet().stream().sorted().toList();
  }

  /** The named channels as pages may show them, in the given order. */
  public List<ChannelSummary> describe(Collection<String> names) {
    return names.stream()
        .map(
            name -> {
              var channel = config.channels().get(name);
              return channel == null
                  ? new ChannelSummary(name, null, Set.of())
                  : new ChannelSummary(
                      name,
                      channel.type().name().toLowerCase(Locale.ROOT),
                      Set.copyOf(channel.classes()));
            })
        .toList();
  }

  public Outcome test(String channel, String actor) {
    if (channel == null || channel.isBlank()) {
      return new Outcome(
          400,
          "Channel missing",
          "Name the channel to test: POST /api/notifications/test?channel=<name>.");
    }
    var problem = senders.problem(channel);
    if (problem.isPresent()) {
      return new Outcome(422, "Channel cannot be used", "Nothing was sent: " + problem.get() + ".");
    }
    DeliveryResult result = senders.send(probe(channel));
    boolean delivered = result.outcome() == DeliveryResult.Outcome.DELIVERED;
    audit.append(
        AuditEvent.of(actor, "notification.tested", "channel", channel)
            .result(delivered ? AuditEvent.SUCCESS : AuditEvent.FAILURE)
            .detail("detail", result.detail())
            .build());
    return delivered
        ? new Outcome(200, "Delivered", result.detail())
        : new Outcome(
            502,
            "Test message not delivered",
            "Channel '"
                + channel
                + "' did not accept the test message ("
                + result.detail()
                + "); check its configuration.");
  }

  private Notification probe(String channel) {
    Notification probe = new Notification();
    probe.id = "msg_test_" + UUID.randomUUID().toString().replace("-", "");
    probe.channel = channel;
    probe.locale = "en";
    probe.subject = "ir-playbook-runner test message";
    probe.bodyText =
        "This is a test message from ir-playbook-runner for channel "
            + channel
            + " at "
            + clock.instant()
            + ". If you can read it, the channel works.";
    return probe;
  }
}
