package io.irplaybook.notify.service;

import io.irplaybook.notify.config.NotifyConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * Posts JSON and classifies the answer: 2xx delivered; 429, 408, 5xx, time-outs and connection
 * errors retried (honouring Retry-After); 410 gone; 3xx a failure (redirects are never followed, so
 * a redirect cannot lead past the SSRF guard); any other 4xx a failure without retry.
 */
@ApplicationScoped
public class HttpDelivery {

  private final HttpClient http;
  private final Duration timeout;
  private final Clock clock;

  HttpDelivery(NotifyConfig config, Clock clock) {
    this.timeout = config.requestTimeout();
    this.clock = clock;
    this.http =
        HttpClient.newBuilder()
            // HTTP/1.1: on plain http the JDK would otherwise send an h2c Upgrade header that some
            // webhook receivers and proxies reject; one small POST gains nothing from HTTP/2.
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(timeout)
            .build();
  }

  public DeliveryResult postJson(String url, Map<String, String> headers, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(timeout)
            .header("Content-Type", "application/json; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(request::header);
    try {
      HttpResponse<Void> response =
          http.send(request.build(), HttpResponse.BodyHandlers.discarding());
      return classify(
          response.statusCode(), response.headers().firstValue("Retry-After").orElse(null));
    } catch (HttpTimeoutException e) {
      return DeliveryResult.retry("timed out after " + timeout.toMillis() + " ms", null);
    } catch (IOException e) {
      return DeliveryResult.retry("connection failed: " + e.getClass().getSimpleName(), null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return DeliveryResult.retry("interrupted", null);
    }
  }

  DeliveryResult classify(int status, String retryAfter) {
    if (status >= 200 && status < 300) {
      return DeliveryResult.delivered("HTTP " + status);
    }
    if (status >= 300 && status < 400) {
      return DeliveryResult.failed(
          "HTTP " + status + ": redirects are not followed; configure the final URL");
    }
    if (status == 410) {
      return new DeliveryResult(
          DeliveryResult.Outcome.GONE, "HTTP 410: the endpoint is gone; channel disabled", null);
    }
    if (status == 429 || status == 408 || status >= 500) {
      return DeliveryResult.retry("HTTP " + status, parseRetryAfter(retryAfter));
    }
    return DeliveryResult.failed(
        "HTTP " + status + ": the receiver refused the message; not retried");
  }

  /** Retry-After is delta-seconds or an HTTP date; anything else is ignored. */
  Duration parseRetryAfter(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Duration.ofSeconds(Math.max(0, Long.parseLong(value.trim())));
    } catch (NumberFormatException notSeconds) {
      try {
        ZonedDateTime at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
        Duration wait = Duration.between(clock.instant(), at.toInstant());
        return wait.isNegative() ? Duration.ZERO : wait;
      } catch (DateTimeParseException notDate) {
        return null;
      }
    }
  }
}
