package io.irplaybook.bench;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.irplaybook.engine.EmbeddedEngine;
import io.irplaybook.engine.EngineSettings;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.ConcurrentHistogram;

/**
 * Camunda user tasks through the Orchestration Cluster REST API, as the inbox works them: a closed
 * loop keeps {@code bench.inflight} instances of a one-user-task process open, finds their tasks
 * with user-task searches (state CREATED) and completes each with the REST completion command; a
 * completed task ends its instance and a new one is started. Reports tasks created and completed
 * per second and the completion call's latency.
 *
 * <p>Run with {@code ./mvnw -s .mvn/settings.xml -B -Pbench test-compile exec:java
 * -Dexec.mainClass=io.irplaybook.bench.UserTaskBenchmark -Dbench.db=h2}; it takes {@code
 * bench.seconds}, {@code bench.warmupSeconds} and {@code bench.inflight} like {@link
 * EngineBenchmark} (docs/benchmark.md).
 */
public final class UserTaskBenchmark {

  private static final String PROCESS_ID = "bench-user-task";
  private static final long HIGHEST_MICROS = Duration.ofMinutes(1).toNanos() / 1000;

  private final CamundaClient client;
  private final Set<Long> completing = ConcurrentHashMap.newKeySet();
  private final LongAdder created = new LongAdder();
  private final LongAdder completed = new LongAdder();
  private final LongAdder errors = new LongAdder();
  private final AtomicReference<String> firstError = new AtomicReference<>();
  private volatile ConcurrentHistogram completionMicros =
      new ConcurrentHistogram(HIGHEST_MICROS, 3);

  private UserTaskBenchmark(CamundaClient client) {
    this.client = client;
  }

  public static void main(String[] args) throws Exception {
    System.setProperty("java.util.logging.manager", "org.jboss.logmanager.LogManager");
    var settings = BenchSettings.fromSystemProperties();
    double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    System.out.printf(
        Locale.ROOT,
        "%n=== User-task benchmark on %s: %d instances in flight, %d s warm-up + %d s (load %.2f) ===%n",
        settings.db(),
        settings.inFlight(),
        settings.warmup().toSeconds(),
        settings.measure().toSeconds(),
        load);
    try (var db = BenchDatabase.open(settings);
        var engine =
            EmbeddedEngine.start(
                EngineSettings.defaults(db.dataSource()).withPort(0).withRestPort(0));
        var client =
            CamundaClient.newClientBuilder()
                .grpcAddress(URI.create("http://localhost:" + engine.port()))
                .restAddress(URI.create("http://localhost:" + engine.restPort()))
                .defaultRequestTimeout(Duration.ofSeconds(60))
                .preferRestOverGrpc(false)
                .applyEnvironmentVariableOverrides(false)
                .build()) {
      new UserTaskBenchmark(client).run(settings, load);
    }
  }

  private void run(BenchSettings settings, double load) throws InterruptedException {
    String bpmn =
        Bpmn.convertToString(
            Bpmn.createExecutableProcess(PROCESS_ID)
                .startEvent()
                .userTask("review")
                .zeebeUserTask()
                .zeebeCandidateGroups("network-admin")
                .endEvent()
                .done());
    client
        .newDeployResourceCommand()
        .addResourceStringUtf8(bpmn, PROCESS_ID + ".bpmn")
        .send()
        .join();
    for (int i = 0; i < settings.inFlight(); i++) {
      startInstance();
    }
    loop(System.nanoTime() + settings.warmup().toNanos());
    long createdBefore = created.sum();
    long completedBefore = completed.sum();
    completionMicros = new ConcurrentHistogram(HIGHEST_MICROS, 3);
    long start = System.nanoTime();
    loop(start + settings.measure().toNanos());
    double seconds = (System.nanoTime() - start) / 1e9;
    var histogram = completionMicros;
    System.out.printf(
        Locale.ROOT,
        "tasks created/s %.0f | tasks completed/s %.0f | completion p50 %.1f ms, p99 %.1f ms |"
            + " errors %d%s | load at start %.2f%n",
        (created.sum() - createdBefore) / seconds,
        (completed.sum() - completedBefore) / seconds,
        histogram.getValueAtPercentile(50) / 1000.0,
        histogram.getValueAtPercentile(99) / 1000.0,
        errors.sum(),
        firstError.get() == null ? "" : " (first: " + firstError.get() + ")",
        load);
  }

  /** Searches open tasks and completes those not already being completed, until the deadline. */
  private void loop(long deadline) throws InterruptedException {
    while (System.nanoTime() < deadline) {
      var page =
          client
              .newUserTaskSearchRequest()
              .filter(f -> f.state(UserTaskState.CREATED).bpmnProcessId(PROCESS_ID))
              .page(p -> p.limit(100))
              .send()
              .join();
      boolean any = false;
      for (var task : page.items()) {
        long key = task.getUserTaskKey();
        if (completing.add(key)) {
          any = true;
          complete(key);
        }
      }
      if (!any) {
        Thread.sleep(1); // every task is already being completed: let the answers arrive
      }
    }
  }

  private void complete(long key) {
    long sent = System.nanoTime();
    client
        .newCompleteUserTaskCommand(key)
        .send()
        .whenComplete(
            (ok, error) -> {
              if (error != null) {
                errors.increment();
                firstError.compareAndSet(null, error.toString());
                completing.remove(key);
                return;
              }
              completionMicros.recordValue(
                  Math.min(HIGHEST_MICROS, (System.nanoTime() - sent) / 1000));
              completed.increment();
              startInstance();
            });
  }

  private void startInstance() {
    client
        .newCreateInstanceCommand()
        .bpmnProcessId(PROCESS_ID)
        .latestVersion()
        .send()
        .whenComplete(
            (instance, error) -> {
              if (error != null) {
                errors.increment();
                firstError.compareAndSet(null, error.toString());
              } else {
                created.increment();
              }
            });
  }
}
