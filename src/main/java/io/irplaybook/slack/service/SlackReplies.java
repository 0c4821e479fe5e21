package io.irplaybook.slack.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.irplaybook.slack.config.SlackConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Answers to Slack. A slash command's answer is the HTTP response itself; a button press's answer
 * must be posted to the payload's {@code response_url} (Slack ignores the HTTP response's body for
 * interactions), and only to a URL under {@code irp.slack.response-url-prefix}.
 */
@ApplicationScoped
public class SlackReplies {

  private static final Logger LOG = Logger.getLogger(SlackReplies.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final SlackConfig config;
  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(2))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  SlackReplies(SlackConfig config) {
    this.config = config;
  }

  /** A message only the person who asked sees. */
  public static ObjectNode ephemeral(String text) {
    return message("ephemeral", text);
  }

  /** A message the whole channel sees. */
  public static ObjectNode inChannel(String text) {
    return message("in_channel", text);
  }

  private static ObjectNode message(String type, String text) {
    ObjectNode reply = JSON.createObjectNode().put("response_type", type).put("text", text);
    reply.put("replace_original", false);
    return reply;
  }

  /**
   * Posts {@code reply} to the interaction's response URL. Failures are logged, not thrown: the
   * action itself (a claim) has happened and is on the timeline either way.
   */
  public void post(String responseUrl, ObjectNode reply) {
    if (responseUrl == null || !responseUrl.startsWith(config.responseUrlPrefix())) {
      LOG.warnf(
          "Not answering a Slack interaction: its response_url is not under"
              + " irp.slack.response-url-prefix (%s)",
          config.responseUrlPrefix());
      return;
    }
    try {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(responseUrl))
              .timeout(Duration.ofSeconds(3))
              .header("Content-Type", "application/json; charset=utf-8")
              .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(reply)))
              .build();
      HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
      if (response.statusCode() >= 300) {
        LOG.warnf("Slack answered %d to an interaction reply", response.statusCode());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      LOG.warnf("Could not answer a Slack interaction: %s", e.toString());
    }
  }
}
