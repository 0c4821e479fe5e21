package io.irplaybook.engine.rest;

import com.sun.net.httpserver.HttpServer;
import io.irplaybook.engine.access.GatewayCredential;
import io.irplaybook.engine.behavior.Behaviors;
import io.irplaybook.engine.processing.CommandProcessor;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The subset of Camunda 8.8's Orchestration Cluster REST API ({@code /v2}) that the Camunda Java
 * client uses for user tasks, element instances, process instances, variables and incidents, served
 * by the JDK's HTTP server on its own port beside the gateway. Handlers hand each request to the
 * processor and wait for its answer, so the HTTP threads never touch the state.
 */
public final class RestServer implements AutoCloseable {

  private static final int THREADS = 16;

  /**
   * The JDK server sends a response's headers and its body as two writes; with Nagle's algorithm on
   * (the JDK's default for this server), the body waits for the client's delayed acknowledgement of
   * the headers, 40 ms on Linux, on every answer with a body over a kept-alive connection. The
   * incident page, which makes a dozen searches, took 245 ms instead of 67 ms (median). The JDK
   * reads the property once, when its first server starts; an explicit setting is left alone.
   */
  private static final String NO_DELAY = "sun.net.httpserver.nodelay";

  static {
    if (System.getProperty(NO_DELAY) == null) {
      System.setProperty(NO_DELAY, "true");
    }
  }

  private final HttpServer server;
  private final ExecutorService executor;

  private RestServer(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /**
   * Binds {@code host:port} (0 picks a free port) and starts serving; with a token, every request
   * without it is answered 401.
   */
  public static RestServer start(
      String host,
      int port,
      CommandProcessor processor,
      Behaviors behaviors,
      Optional<GatewayCredential> access)
      throws IOException {
    EngineCalls calls = new EngineCalls(processor);
    Router router = new Router(access);
    new UserTaskRoutes(calls, behaviors).register(router);
    new ElementInstanceRoutes(calls).register(router);
    new ProcessInstanceRoutes(calls).register(router);
    new VariableRoutes(calls).register(router);
    new IncidentRoutes(calls).register(router);
    HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 128);
    AtomicInteger threads = new AtomicInteger();
    ExecutorService executor =
        Executors.newFixedThreadPool(
            THREADS,
            task -> {
              Thread thread = new Thread(task, "irp-engine-rest-" + threads.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    server.setExecutor(executor);
    server.createContext("/", router::dispatch);
    server.start();
    return new RestServer(server, executor);
  }

  public int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
