package io.irplaybook.deploy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * A Standard Webhooks receiver on 127.0.0.1 that answers 200 and counts deliveries per {@code
 * webhook-id}: exactly-once delivery shows as every count being 1.
 */
final class WebhookReceiver implements AutoCloseable {

  static final String PATH = "/hook";
  private final HttpServer server;
  private final Map<String, Integer> deliveries = new TreeMap<>();

  private WebhookReceiver(HttpServer server) {
    this.server = server;
  }

  static WebhookReceiver start() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      WebhookReceiver receiver = new WebhookReceiver(server);
      server.createContext(
          PATH,
          exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
              body.readAllBytes();
            }
            receiver.record(exchange.getRequestHeaders().getFirst("webhook-id"));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
          });
      server.start();
      return receiver;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + PATH;
  }

  private synchronized void record(String webhookId) {
    deliveries.merge(String.valueOf(webhookId), 1, Integer::sum);
    notifyAll();
  }

  /** webhook-id -> how many times it arrived. */
  synchronized Map<String, Integer> deliveries() {
    return new TreeMap<>(deliveries);
  }

  synchronized int total() {
    return deliveries.values().stream().mapToInt(Integer::intValue).sum();
  }

  /**
   * Waits until more than {@code seen} deliveries have arrived or {@code timeout} passes; returns
   * the total then. Doubles as the test's poll interval: it returns early when something arrives.
   */
  synchronized int awaitMoreThan(int seen, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    try {
      while (total() <= seen) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          break;
        }
        TimeUnit.NANOSECONDS.timedWait(this, left);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return total();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
