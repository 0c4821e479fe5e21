package io.irplaybook.engine.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs {@link EngineProcessMain} in a child JVM and kills it the way {@code kill -9} does. */
public final class EngineProcess implements AutoCloseable {

  private final Process process;
  private final int port;

  private EngineProcess(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  public static EngineProcess start(String jdbcUrl, String schema) {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                EngineProcessMain.class.getName(),
                jdbcUrl));
    if (schema != null) {
      command.add(schema);
    }
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      BufferedReader output =
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      CompletableFuture<Integer> port = CompletableFuture.supplyAsync(() -> readPort(output));
      int chosen = port.get(60, TimeUnit.SECONDS);
      // keep draining the child's log so it never blocks on a full pipe
      CompletableFuture.runAsync(() -> output.lines().forEach(line -> {}));
      return new EngineProcess(process, chosen);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start the engine process", e);
    } catch (Exception e) {
      throw new IllegalStateException("The engine process did not report its port: " + e, e);
    }
  }

  private static int readPort(BufferedReader output) {
    try {
      for (String line = output.readLine(); line != null; line = output.readLine()) {
        if (line.startsWith("PORT ")) {
          return Integer.parseInt(line.substring(5).trim());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new IllegalStateException("The engine process ended before it served the gateway");
  }

  public int port() {
    return port;
  }

  /** SIGKILL: no shutdown hook, no flush, no goodbye. */
  public void kill() {
    process.destroyForcibly();
    try {
      process.waitFor(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      kill();
    }
  }
}
