package io.irplaybook.slack.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.irplaybook.slack.config.SlackConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The one Slack Web API method we call, {@code conversations.create}, with the bot token. Slack
 * answers 200 with {@code ok} false for most refusals, so the answer's {@code ok} and {@code error}
 * are what count.
 */
@ApplicationScoped
public class SlackWebApi {

  /** Slack's answer: the channel made, or Slack's error code (empty when it could not be asked). */
  public record Created(String channelId, String error, boolean lasting) {

    public boolean ok() {
      return channelId != null;
    }
  }

  private final SlackConfig config;
  private final ObjectMapper json;
  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  SlackWebApi(SlackConfig config, ObjectMapper json) {
    this.config = config;
    this.json = json;
  }

  /** Creates a public channel of that name. */
  public Created createChannel(String name) {
    String token = config.botToken().orElseThrow();
    try {
      HttpRequest request =
          HttpRequest.newBuilder(
                  URI.create(config.apiUrl().replaceAll("/+$", "") + "/conversations.create"))
              .timeout(Duration.ofSeconds(10))
              .header("Authorization", "Bearer " + token)
              .header("Content-Type", "application/json; charset=utf-8")
              .POST(
                  HttpRequest.BodyPublishers.ofString(
                      json.writeValueAsString(
                          json.createObjectNode().put("name", name).put("is_private", false))))
              .build();
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        // 429 and 5xx: Slack could not answer now; try again on the next pass.
        return new Created(null, "http_" + response.statusCode(), false);
      }
      JsonNode answer = json.readTree(response.body());
      if (answer.path("ok").asBoolean(false)) {
        return new Created(answer.path("channel").path("id").asText(), null, true);
      }
      String error = answer.path("error").asText("unknown_error");
      return new Created(null, error, !error.equals("ratelimited"));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Created(null, "interrupted", false);
    } catch (IOException | RuntimeException e) {
      return new Created(null, e.getClass().getSimpleName(), false);
    }
  }
}
