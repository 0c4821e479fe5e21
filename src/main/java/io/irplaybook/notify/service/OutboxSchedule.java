package io.irplaybook.notify.service;

import io.irplaybook.notify.config.NotifyConfig;
import io.irplaybook.platform.ServiceConfig;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Runs the dispatcher on a schedule when this instance does the service's work, and checks every
 * configured channel once at start-up (the SSRF guard "when configured"; send time checks again).
 */
@ApplicationScoped
public class OutboxSchedule {

  private static final Logger LOG = Logger.getLogger(OutboxSchedule.class);

  private final ServiceConfig service;
  private final NotifyConfig config;
  private final ChannelSenders senders;
  private final OutboxDispatcher dispatcher;

  OutboxSchedule(
      ServiceConfig service,
      NotifyConfig config,
      ChannelSenders senders,
      OutboxDispatcher dispatcher) {
    this.service = service;
    this.config = config;
    this.senders = senders;
    this.dispatcher = dispatcher;
  }

  void checkChannels(@Observes StartupEvent event) {
    config
        .channels()
        .keySet()
        .forEach(
            name ->
                senders
                    .problem(name)
                    .ifPresentOrElse(
                        problem ->
                            LOG.warnf("Notification channel %s cannot be used: %s", name, problem),
                        () ->
                            LOG.infof(
                                "Notification channel %s (%s) is ready",
                                name, config.channels().get(name).type())));
  }

  @Scheduled(
      every = "${irp.notify.dispatch-interval:1s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      // A run that fires once shutdown has begun would find the database closed and log an error.
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  void dispatch() {
    if (service.enabled()) {
      dispatcher.dispatchDue();
    }
  }
}
