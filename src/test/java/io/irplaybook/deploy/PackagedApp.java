package io.irplaybook.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application ({@code target/quarkus-app/quarkus-run.jar}) started as its own process,
 * configured by environment variables only, as a container or a Kubernetes pod would start it.
 */
final class PackagedApp implements AutoCloseable {

  static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");

  /** One Ed25519 key for every instance a test JVM starts, as replicas share one in production. */
  static final String AUDIT_SIGNING_KEY = newAuditSigningKey();

  static final String DEFAULT_JAVA_OPTS =
      "-XX:+UseSerialGC -Xmx256m -XX:SharedArchiveFile=app-cds.jsa"
          + " -XX:Tier4InvocationThreshold=50000 -XX:Tier4MinInvocationThreshold=6000 -XX:Tier4CompileThreshold=150000 -XX:Tier4BackEdgeThreshold=400000";
  private static final Duration POLL = Duration.ofMillis(100);

  /** USER_HZ, 100 on every Linux architecture the JDK runs on. */
  private static final long CLOCK_TICKS_PER_SECOND = 100;

  private final String name;
  private final int httpPort;
  private final int managementPort;
  private final Process process;
  private final Path log;
  private final long startedNanos;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private long readyNanos = -1;

  private PackagedApp(
      String name, int httpPort, int managementPort, Process process, Path log, long startedNanos) {
    this.name = name;
    this.httpPort = httpPort;
    this.managementPort = managementPort;
    this.process = process;
    this.log = log;
    this.startedNanos = startedNanos;
  }

  /**
   * Starts the jar with exactly the given environment on top of a clean one: inherited {@code
   * QUARKUS_*}, {@code IRP_*}, {@code CAMUNDA_*} and {@code ZEEBE_*} variables are removed, so only
   * what the test passes configures the instance.
   */
  static PackagedApp start(String name, int httpPort, Map<String, String> env) {
    if (!Files.isRegularFile(JAR)) {
      throw new IllegalStateException(
          "Expected the packaged application at "
              + JAR.toAbsolutePath()
              + ", but it is missing: run ./mvnw package -DskipTests -Ppostgresql first");
    }
    try {
      Path workDir = Files.createDirectories(Path.of("target", "deploy-it", name));
      Path log = workDir.resolve("app.log");
      // Started from the application's directory: the AppCDS archive Quarkus builds names the jar
      // relative to it, and the JVM ignores the archive when started elsewhere.
      ProcessBuilder builder =
          new ProcessBuilder(command())
              .directory(JAR.toAbsolutePath().getParent().toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
      builder.environment().keySet().removeIf(PackagedApp::isConfiguration);
      builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(httpPort));
      // Health, metrics and OpenAPI are on the management interface in production, one per
      // instance, so several instances on one machine need a port each.
      int managementPort = FreePort.free();
      builder.environment().put("QUARKUS_MANAGEMENT_PORT", String.valueOf(managementPort));
      // A production start refuses to run without an audit signing key (docs/audit.md).
      builder.environment().put("IRP_AUDIT_SIGNING_KEY", AUDIT_SIGNING_KEY);
      builder.environment().putAll(env);
      long started = System.nanoTime();
      return new PackagedApp(name, httpPort, managementPort, builder.start(), log, started);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start " + name + ": " + e.getMessage(), e);
    }
  }

  /**
   * {@code java [options] -jar quarkus-run.jar}. The default options are the image's
   * (src/main/docker/Dockerfile.jvm): the serial collector, a 256 MiB heap as the container's 512
   * MiB limit (k8s/base) gives, the AppCDS archive and C2 held back from start-up code; override
   * them with {@code -Dirp.test.app-java-opts=...}. Without the archive (a package built with
   * {@code -Dquarkus.package.jar.appcds.enabled=false}) the JVM warns and starts without it.
   */
  private static List<String> command() {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    for (String option :
        System.getProperty("irp.test.app-java-opts", DEFAULT_JAVA_OPTS).trim().split("\\s+")) {
      if (!option.isEmpty()) {
        command.add(option);
      }
    }
    command.add("-jar");
    command.add(JAR.getFileName().toString());
    return command;
  }

  private static boolean isConfiguration(String variable) {
    return variable.startsWith("QUARKUS_")
        || variable.startsWith("IRP_")
        || variable.startsWith("CAMUNDA_")
        || variable.startsWith("ZEEBE_");
  }

  /**
   * Polls {@code /q/health/ready} on the management port until it answers 200 and returns the body;
   * fails on exit or deadline.
   */
  String awaitReady(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    String lastAnswer = "no answer yet";
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new AssertionError(
            name
                + " exited with code "
                + process.exitValue()
                + " before it was ready; its log:\n"
                + tail());
      }
      try {
        HttpResponse<String> response = send(managementPort, "/q/health/ready");
        if (response.statusCode() == 200) {
          readyNanos = System.nanoTime();
          return response.body();
        }
        lastAnswer = response.statusCode() + " " + response.body();
      } catch (IOException e) {
        lastAnswer = e.toString();
      }
      awaitExitOrPollInterval();
    }
    throw new AssertionError(
        name
            + " was not ready within "
            + timeout
            + " (last answer: "
            + lastAnswer
            + "); its log:\n"
            + tail());
  }

  HttpResponse<String> get(String path) throws IOException {
    return send(httpPort, path);
  }

  private HttpResponse<String> send(int port, String path) throws IOException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(Duration.ofSeconds(5))
            .build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  /** Where the application answers HTTP. */
  String baseUrl() {
    return "http://127.0.0.1:" + httpPort;
  }

  /** Milliseconds from launching the JVM to the first 200 from the readiness probe. */
  long millisToReady() {
    return TimeUnit.NANOSECONDS.toMillis(readyNanos - startedNanos);
  }

  /**
   * Resident set size of the process in MiB, from /proc (Linux); -1 where /proc is not available.
   */
  long residentMegabytes() {
    Path status = Path.of("/proc", String.valueOf(process.pid()), "status");
    try {
      return Files.readAllLines(status).stream()
          .filter(line -> line.startsWith("VmRSS:"))
          .map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024)
          .findFirst()
          .orElse(-1L);
    } catch (IOException e) {
      return -1;
    }
  }

  /**
   * CPU time (user + system) the process has used, in milliseconds, from /proc (Linux); -1 where
   * /proc is not available. Unlike wall time it hardly depends on what else the machine is doing.
   */
  long cpuMillis() {
    Path stat = Path.of("/proc", String.valueOf(process.pid()), "stat");
    try {
      String line = Files.readString(stat);
      // Fields after the command name (which may hold spaces) start at field 3; utime is 14, stime
      // 15.
      String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
      long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
      return ticks * 1000 / CLOCK_TICKS_PER_SECOND;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /** The application's output so far. */
  String output() {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      return "(log unreadable: " + e.getMessage() + ")";
    }
  }

  private String tail() {
    List<String> lines = output().lines().toList();
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
  }

  /**
   * Between two probes, wait for the process to end (the loop then reports it) rather than sleep.
   */
  private void awaitExitOrPollInterval() {
    try {
      process.waitFor(POLL.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting for readiness", e);
    }
  }

  /** SIGTERM, as Kubernetes stops a pod; SIGKILL if it has not stopped after 20 s. */
  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }

  private static String newAuditSigningKey() {
    try {
      return Base64.getEncoder()
          .encodeToString(
              KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPrivate().getEncoded());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
