package io.irplaybook.notify.service;

import io.irplaybook.notify.config.NotifyConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses to start with notification channels but without {@code irp.public-url}: every notice
 * about a task links to the task's page, and a notice with no working link sends people hunting for
 * the step in the middle of an incident.
 */
@ApplicationScoped
class PublicUrlCheck {

  private final NotifyConfig config;
  private final Optional<String> publicUrl;

  PublicUrlCheck(
      NotifyConfig config, @ConfigProperty(name = "irp.public-url") Optional<String> publicUrl) {
    this.config = config;
    this.publicUrl = publicUrl;
  }

  void check(@Observes StartupEvent event) {
    problem(config.channels().isEmpty(), publicUrl.orElse(null))
        .ifPresent(
            p -> {
              throw new IllegalStateException(p);
            });
  }

  /** Why the settings cannot start, or empty when they can. */
  static Optional<String> problem(boolean noChannels, String publicUrl) {
    if (noChannels) {
      return Optional.empty();
    }
    if (publicUrl == null || publicUrl.isBlank()) {
      return Optional.of(
          "Notification channels are configured, so set irp.public-url (IRP_PUBLIC_URL) to the"
              + " address people open the service at, e.g. https://irp.example.com: task notices"
              + " link to the task's page there.");
    }
    try {
      URI uri = URI.create(publicUrl.strip());
      if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())
          || uri.getHost() == null) {
        throw new IllegalArgumentException("not an http(s) URL");
      }
    } catch (IllegalArgumentException e) {
      return Optional.of(
          "Expected irp.public-url to be an http(s) URL such as https://irp.example.com, but got '"
              + publicUrl
              + "'.");
    }
    return Optional.empty();
  }
}
