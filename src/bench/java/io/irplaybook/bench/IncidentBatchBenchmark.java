package io.irplaybook.bench;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.PrintWriter;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * Declares 1,000 incidents through {@code POST /api/incidents/batch} (10 batches of 100) on the
 * embedded engine and reports how long until every process instance exists and every first human
 * step is waiting. Target: under 30 s on a 2-core machine.
 *
 * <p>A main class, not a test: it boots the whole application the way {@code @QuarkusTest} does (so
 * the incident API runs with the test identity of {@link IncidentBatchBenchmarkRun}, there being no
 * sign-in yet) by launching that one class through the JUnit platform. See docs/benchmark.md:
 *
 * <pre>./mvnw -B -Pbench test-compile exec:exec -Dexec.executable=java \
 *     -Dexec.args="-cp %classpath io.irplaybook.bench.IncidentBatchBenchmark"</pre>
 */
public final class IncidentBatchBenchmark {

  private IncidentBatchBenchmark() {}

  public static void main(String[] args) {
    // A file database as the service uses by default (not the tests' in-memory one), fresh per run.
    String file = "target/bench/incident-h2-" + System.currentTimeMillis();
    System.setProperty(
        "irp.test.jdbc-url.h2", "jdbc:h2:file:./" + file + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
    System.setProperty("irp.test.engine-port", System.getProperty("irp.test.engine-port", "26599"));
    System.setProperty("irp.test.http-port", System.getProperty("irp.test.http-port", "8199"));
    // The engine's normal tick, not the tests' 10 ms.
    System.setProperty("irp.engine.tick-interval", "50ms");
    LauncherDiscoveryRequest request =
        LauncherDiscoveryRequestBuilder.request()
            // By name, in a launcher session: Quarkus must load the class through its own class
            // loader.
            .selectors(selectClass("io.irplaybook.bench.IncidentBatchBenchmarkRun"))
            .build();
    SummaryGeneratingListener summary = new SummaryGeneratingListener();
    try (LauncherSession session = LauncherFactory.openSession()) {
      Launcher launcher = session.getLauncher();
      launcher.execute(request, summary);
    }
    summary.getSummary().printFailuresTo(new PrintWriter(System.err), 20);
    System.exit(summary.getSummary().getTotalFailureCount() == 0 ? 0 : 1);
  }
}
