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
 * Page response times with 200 active incidents and 5,000 tasks on the embedded engine and an H2
 * file: p50, p95 and the slowest of each page, against the target of p95 under 150 ms. A main
 * class, not a test (docs/benchmark.md, "Pages"):
 *
 * <pre>./mvnw -B -Pbench test-compile exec:exec -Dexec.executable=java \
 *     -Dexec.args="-cp %classpath io.irplaybook.bench.PageBenchmark"</pre>
 */
public final class PageBenchmark {

  private PageBenchmark() {}

  public static void main(String[] args) {
    String file = "target/bench/page-h2-" + System.currentTimeMillis();
    System.setProperty(
        "irp.test.jdbc-url.h2", "jdbc:h2:file:./" + file + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
    System.setProperty("irp.test.engine-port", System.getProperty("irp.test.engine-port", "26598"));
    System.setProperty("irp.test.http-port", System.getProperty("irp.test.http-port", "8198"));
    System.setProperty("irp.engine.tick-interval", "50ms");
    LauncherDiscoveryRequest request =
        LauncherDiscoveryRequestBuilder.request()
            .selectors(selectClass("io.irplaybook.bench.PageBenchmarkRun"))
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
