package io.irplaybook.bench;

import com.sun.net.httpserver.HttpServer;
import io.irplaybook.notify.NotificationMessage;
import io.irplaybook.notify.Notifications;
import io.irplaybook.notify.service.OutboxDispatcher;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/**
 * The notification benchmark: a harness, not a timed test (it asserts only that every message
 * arrived). It queues {@code bench.notifications} (10,000) signed webhooks, one transaction each as
 * a feature would, while {@code bench.dispatchers} dispatcher loops (replicas, sharing the outbox
 * through FOR UPDATE SKIP LOCKED) deliver them to a JDK HttpServer in this process. It prints
 * throughput and the delivery latency from the enqueue commit to the receiver's arrival, p50/p99.
 * Properties: {@code bench.notifications}, {@code bench.dispatchers}, {@code bench.rate} (offered
 * per second in the latency phase, default 100), {@code bench.batchSize} (rows one pass claims,
 * default 50 as the service). A second phase drains a backlog of the same size to show the
 * dispatcher's own rate.
 *
 * <pre>./mvnw -B -Pbench test -Dtest=NotifyBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dirp.test.engine-port=26514 -Dirp.test.http-port=8114   [-Ppostgresql ...]</pre>
 */
@QuarkusTest
@TestProfile(NotifyBenchmark.Receiver.class)
class NotifyBenchmark {

  static final int COUNT = Integer.getInteger("bench.notifications", 10_000);
  static final int DISPATCHERS = Integer.getInteger("bench.dispatchers", 4);

  /** Notifications offered per second in the latency phase; 0 queues as fast as one thread can. */
  static final int RATE = Integer.getInteger("bench.rate", 100);

  /** The receiver and the channel pointing at it. */
  public static class Receiver implements QuarkusTestProfile {
    static final Map<String, Long> RECEIVED_AT = new ConcurrentHashMap<>();
    static HttpServer server;

    @Override
    public Map<String, String> getConfigOverrides() {
      try {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
      server.setExecutor(Executors.newFixedThreadPool(4));
      server.createContext(
          "/bench",
          exchange -> {
            String id = exchange.getRequestHeaders().getFirst("webhook-id");
            exchange.getRequestBody().readAllBytes();
            RECEIVED_AT.putIfAbsent(id, System.nanoTime());
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
          });
      server.start();
      String secret =
          "whsec_"
              + Base64.getEncoder().encodeToString("bench-signing-key-0123456789abcdef".getBytes());
      return Map.of(
          "irp.notify.allow-hosts",
          "127.0.0.1",
          "irp.notify.batch-size",
          System.getProperty("bench.batchSize", "50"),
          "irp.notify.channels.bench.type",
          "webhook",
          "irp.notify.channels.bench.url",
          "http://127.0.0.1:" + server.getAddress().getPort() + "/bench",
          "irp.notify.channels.bench.secret",
          secret,
          "quarkus.log.category.\"io.irplaybook.notify\".level",
          "WARN");
    }
  }

  @Inject Notifications notifications;
  @Inject OutboxDispatcher dispatcher;

  @Test
  void deliverTenThousandNotifications() throws Exception {
    Map<String, Long> enqueuedAt = new ConcurrentHashMap<>();
    AtomicBoolean producing = new AtomicBoolean(true);
    var pool = Executors.newFixedThreadPool(DISPATCHERS);
    CountDownLatch stopped = new CountDownLatch(DISPATCHERS);
    for (int i = 0; i < DISPATCHERS; i++) {
      pool.submit(
          () -> {
            try {
              while (producing.get() || Receiver.RECEIVED_AT.size() < COUNT) {
                if (dispatcher.dispatchDue() == 0) {
                  LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(2));
                }
              }
            } finally {
              stopped.countDown();
            }
          });
    }
    long start = System.nanoTime();
    for (int i = 0; i < COUNT; i++) {
      if (RATE > 0) {
        long due = start + i * 1_000_000_000L / RATE;
        while (System.nanoTime() < due) {
          LockSupport.parkNanos(due - System.nanoTime());
        }
      }
      String key = "bench:" + start + ":" + i;
      String id =
          QuarkusTransaction.requiringNew()
              .call(
                  () ->
                      notifications.enqueue(
                          "bench",
                          new NotificationMessage(
                              "Bench " + key,
                              "Benchmark message " + key,
                              null,
                              "en",
                              "INC-BENCH",
                              key)));
      enqueuedAt.put(id, System.nanoTime());
    }
    long enqueueEnd = System.nanoTime();
    producing.set(false);
    boolean done = stopped.await(10, TimeUnit.MINUTES);
    long end =
        Receiver.RECEIVED_AT.values().stream()
            .mapToLong(Long::longValue)
            .max()
            .orElse(System.nanoTime());
    pool.shutdownNow();

    long[] latencies =
        enqueuedAt.entrySet().stream()
            .mapToLong(e -> Receiver.RECEIVED_AT.getOrDefault(e.getKey(), end) - e.getValue())
            .sorted()
            .toArray();
    double seconds = (end - start) / 1e9;
    System.out.printf("%n== Notify benchmark (%s) ==%n", System.getProperty("irp.test.db", "h2"));
    System.out.printf(
        "notifications: %d queued, %d received (done=%s), dispatchers: %d%n",
        COUNT, Receiver.RECEIVED_AT.size(), done, DISPATCHERS);
    System.out.printf(
        "enqueue rate: %.0f/s offered (bench.rate=%d), one transaction each%n",
        COUNT / ((enqueueEnd - start) / 1e9), RATE);
    System.out.printf(
        "delivery throughput: %.0f/s (first enqueue to last arrival, %.1f s)%n",
        COUNT / seconds, seconds);
    System.out.printf(
        "latency enqueue->received: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n%n",
        pct(latencies, 0.50), pct(latencies, 0.99), latencies[latencies.length - 1] / 1e6);
    if (Receiver.RECEIVED_AT.size() != COUNT) {
      throw new AssertionError(
          "Expected " + COUNT + " deliveries, but got " + Receiver.RECEIVED_AT.size());
    }
    drainBacklog();
  }

  /**
   * The dispatcher's own rate, without the producer limiting it: a backlog of {@link #COUNT} rows
   * (queued 100 per transaction) is drained by the dispatcher loops.
   */
  private void drainBacklog() throws Exception {
    Receiver.RECEIVED_AT.clear();
    long stamp = System.nanoTime();
    for (int batch = 0; batch < COUNT / 100; batch++) {
      int first = batch * 100;
      QuarkusTransaction.requiringNew()
          .run(
              () -> {
                for (int i = first; i < first + 100; i++) {
                  String key = "backlog:" + stamp + ":" + i;
                  notifications.enqueue(
                      "bench",
                      new NotificationMessage(
                          "Bench", "Backlog message " + key, null, "en", "INC-BENCH", key));
                }
              });
    }
    var pool = Executors.newFixedThreadPool(DISPATCHERS);
    long start = System.nanoTime();
    CountDownLatch stopped = new CountDownLatch(DISPATCHERS);
    for (int i = 0; i < DISPATCHERS; i++) {
      pool.submit(
          () -> {
            try {
              while (Receiver.RECEIVED_AT.size() < COUNT
                  && System.nanoTime() - start < TimeUnit.MINUTES.toNanos(10)) {
                if (dispatcher.dispatchDue() == 0) {
                  LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(2));
                }
              }
            } finally {
              stopped.countDown();
            }
          });
    }
    stopped.await(11, TimeUnit.MINUTES);
    pool.shutdownNow();
    Receiver.server.stop(0);
    long end =
        Receiver.RECEIVED_AT.values().stream()
            .mapToLong(Long::longValue)
            .max()
            .orElse(System.nanoTime());
    System.out.printf(
        "backlog drain: %d of %d delivered at %.0f/s (%.1f s)%n%n",
        Receiver.RECEIVED_AT.size(),
        COUNT,
        Receiver.RECEIVED_AT.size() / ((end - start) / 1e9),
        (end - start) / 1e9);
  }

  private static double pct(long[] sorted, double p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
  }
}
