package io.irplaybook.slack.service;

import io.irplaybook.audit.AuditEvent;
import io.irplaybook.audit.AuditTrail;
import io.irplaybook.incident.IncidentStatus;
import io.irplaybook.incident.IncidentView;
import io.irplaybook.incident.Incidents;
import io.irplaybook.platform.ServiceConfig;
import io.irplaybook.slack.IncidentChannel;
import io.irplaybook.slack.config.SlackConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Locale;
import org.jboss.logging.Logger;

/**
 * A Slack channel per incident ({@code irp.slack.incident-channels} with a bot token): each pass
 * looks for running incidents without a channel and asks Slack to create one named {@code
 * inc-<id>}, once per incident (table {@code slack_incident_channel}). It polls the incident
 * feature's root API rather than being told, so a restart or a Slack outage only delays a channel.
 */
@ApplicationScoped
public class IncidentChannels {

  private static final Logger LOG = Logger.getLogger(IncidentChannels.class);
  private static final String ACTOR = AuditEvent.system("slack");

  private final SlackConfig config;
  private final ServiceConfig service;
  private final Incidents incidents;
  private final SlackWebApi slack;
  private final AuditTrail audit;
  private final Clock clock;

  IncidentChannels(
      SlackConfig config,
      ServiceConfig service,
      Incidents incidents,
      SlackWebApi slack,
      AuditTrail audit,
      Clock clock) {
    this.config = config;
    this.service = service;
    this.incidents = incidents;
    this.slack = slack;
    this.audit = audit;
    this.clock = clock;
  }

  @Scheduled(
      every = "${irp.slack.channel-check-interval:30s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  void scheduled() {
    if (service.enabled()) {
      run();
    }
  }

  /** One pass; returns how many channels were created. */
  public int run() {
    if (!config.incidentChannels() || config.botToken().filter(t -> !t.isBlank()).isEmpty()) {
      return 0;
    }
    int created = 0;
    var running =
        QuarkusTransaction.requiringNew()
            .call(() -> incidents.activeOrDeclaredSince(clock.instant()));
    for (IncidentView incident : running) {
      if (IncidentStatus.ACTIVE.name().equals(incident.status()) && create(incident.id())) {
        created++;
      }
    }
    return created;
  }

  /** {@code inc-<id>} in lower case, with what Slack does not allow in a name made a hyphen. */
  static String channelName(String incidentId) {
    String id = incidentId.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "-");
    String name = id.startsWith("inc-") ? id : "inc-" + id;
    return name.length() > 80 ? name.substring(0, 80) : name;
  }

  private boolean create(String incidentId) {
    boolean known =
        QuarkusTransaction.requiringNew().call(() -> IncidentChannel.findById(incidentId) != null);
    if (known) {
      return false;
    }
    String name = channelName(incidentId);
    SlackWebApi.Created answer = slack.createChannel(name);
    if (!answer.ok() && !answer.lasting()) {
      LOG.warnf("Slack channel for incident %s not created yet: %s", incidentId, answer.error());
      return false;
    }
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              IncidentChannel row = new IncidentChannel();
              row.incidentId = incidentId;
              row.channelId = answer.channelId();
              row.channelName = name;
              row.error = answer.error();
              row.createdAt = clock.instant();
              row.persist();
              audit.append(
                  AuditEvent.of(
                          ACTOR,
                          answer.ok() ? "slack.channel-created" : "slack.channel-refused",
                          "incident",
                          incidentId)
                      .incident(incidentId)
                      .result(answer.ok() ? AuditEvent.SUCCESS : AuditEvent.FAILURE)
                      .detail("channel", name)
                      .detail("slackChannelId", answer.ok() ? answer.channelId() : "")
                      .detail("error", answer.ok() ? "" : answer.error())
                      .build());
            });
    LOG.infof(
        "Slack channel #%s for incident %s: %s",
        name, incidentId, answer.ok() ? "created" : answer.error());
    return answer.ok();
  }
}
