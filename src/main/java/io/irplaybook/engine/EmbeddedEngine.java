package io.irplaybook.engine;

import io.grpc.Server;
import io.grpc.ServerInterceptors;
import io.grpc.ServerServiceDefinition;
import io.grpc.netty.NettyServerBuilder;
import io.irplaybook.engine.access.GatewayAccess;
import io.irplaybook.engine.access.GatewayAuthentication;
import io.irplaybook.engine.access.GatewayCredential;
import io.irplaybook.engine.behavior.Behaviors;
import io.irplaybook.engine.bpmn.BpmnElements;
import io.irplaybook.engine.command.DueMessages;
import io.irplaybook.engine.command.DueTimers;
import io.irplaybook.engine.command.DueWork;
import io.irplaybook.engine.dmn.CompiledDecisions;
import io.irplaybook.engine.dmn.DmnCompiler;
import io.irplaybook.engine.expression.ExpressionLanguage;
import io.irplaybook.engine.gateway.GatewayService;
import io.irplaybook.engine.gateway.Topology;
import io.irplaybook.engine.model.CompiledProcesses;
import io.irplaybook.engine.processing.CommandProcessor;
import io.irplaybook.engine.processing.KeyGenerator;
import io.irplaybook.engine.processing.ProcessingContext;
import io.irplaybook.engine.rest.RestServer;
import io.irplaybook.engine.state.EventLog;
import io.irplaybook.engine.state.ProcessingState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * A Zeebe-compatible engine serving the gateway gRPC API and a subset of the Orchestration Cluster
 * REST API in this JVM.
 *
 * <p>Start it with {@link #start(EngineSettings)}; any Zeebe or Camunda 8 client can then talk to
 * {@code host:port()} (gRPC) and {@code http://host:restPort()} (REST). Every acknowledged command
 * is committed to the database first, so a new engine started on the same database after a crash
 * carries on where the old one stopped.
 */
public final class EmbeddedEngine implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(EmbeddedEngine.class);
  private static final int MAX_MESSAGE_BYTES =
      16 * 1024 * 1024; // playbooks with diagrams are large XML

  private final CommandProcessor processor;
  private final Server server;
  private final RestServer rest;

  private EmbeddedEngine(CommandProcessor processor, Server server, RestServer rest) {
    this.processor = processor;
    this.server = server;
    this.rest = rest;
  }

  /** Commands waiting to be processed: grows when the engine cannot keep up. */
  public int commandBacklog() {
    return processor.backlog();
  }

  /** Batches of commands committed to the database since start. */
  public long commits() {
    return processor.commits();
  }

  /** Time spent committing those batches, in nanoseconds. */
  public long commitNanos() {
    return processor.commitNanos();
  }

  /** Migrates the engine tables, replays the stored events and starts serving the gateway. */
  public static EmbeddedEngine start(EngineSettings settings) {
    long started = System.nanoTime();
    // Decided before anything is migrated or bound: a misconfigured engine touches nothing.
    Optional<GatewayCredential> access =
        GatewayAccess.forHost(
            settings.host(), settings.token(), settings.oauth(), settings.basic());
    ExpressionLanguage expressions = new ExpressionLanguage(settings.clock());
    // Compile results outlive the state: a recovery rebuilds the state, not what content compiles
    // to.
    CompiledProcesses compiledProcesses =
        new CompiledProcesses(BpmnElements.processCompiler(expressions));
    CompiledDecisions compiledDecisions = new CompiledDecisions(new DmnCompiler());
    ProcessingState state = new ProcessingState(compiledProcesses, compiledDecisions);
    KeyGenerator keys = new KeyGenerator();
    EventLog log = new EventLog(settings.dataSource());
    log.migrate();
    ProcessingContext context = new ProcessingContext(state, keys, settings.clock());
    Behaviors behaviors = Behaviors.wire(context, expressions);
    BpmnElements.registerProcessors(behaviors);
    CommandProcessor processor =
        new CommandProcessor(
            state,
            keys,
            log,
            context,
            new DueWork().andThen(new DueTimers(behaviors)).andThen(new DueMessages()),
            settings.tickInterval());
    long replayStarted = System.nanoTime();
    long replayed;
    try {
      replayed = processor.recover();
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Expected to read the engine's event log, but the database answered: " + e.getMessage(),
          e);
    }
    processor.start();
    Topology topology = new Topology(settings.host());
    ServerServiceDefinition gateway =
        new GatewayService(processor, behaviors, compiledProcesses, compiledDecisions, topology)
            .bindService();
    if (access.isPresent()) {
      gateway = ServerInterceptors.intercept(gateway, new GatewayAuthentication(access.get()));
    }
    Server server;
    try {
      server =
          NettyServerBuilder.forAddress(new InetSocketAddress(settings.host(), settings.port()))
              .maxInboundMessageSize(MAX_MESSAGE_BYTES)
              .addService(gateway)
              .build()
              .start();
    } catch (IOException e) {
      processor.close();
      throw new UncheckedIOException(
          "Expected to serve the Zeebe gateway API on "
              + settings.host()
              + ":"
              + settings.port()
              + ", but the port could not be bound (is another engine or Zeebe running?): "
              + e.getMessage(),
          e);
    }
    topology.setPort(server.getPort());
    RestServer rest;
    try {
      rest = RestServer.start(settings.host(), settings.restPort(), processor, behaviors, access);
    } catch (IOException e) {
      server.shutdownNow();
      processor.close();
      throw new UncheckedIOException(
          "Expected to serve the Orchestration Cluster REST API on "
              + settings.host()
              + ":"
              + settings.restPort()
              + ", but the port could not be bound (is Camunda or another engine running? set"
              + " irp.engine.rest-port): "
              + e.getMessage(),
          e);
    }
    LOG.infof(
        "Embedded Zeebe-compatible engine serving the gateway API on %s:%d and the REST API on port %d (%s): %d events replayed in %d ms, ready in %d ms",
        settings.host(),
        server.getPort(),
        rest.port(),
        access.isPresent() ? "credential required" : "loopback only, no credential",
        replayed,
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - replayStarted),
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    return new EmbeddedEngine(processor, server, rest);
  }

  /** The port the gateway listens on (the chosen one when the settings asked for port 0). */
  public int port() {
    return server.getPort();
  }

  /** The port of the REST API (the chosen one when the settings asked for port 0). */
  public int restPort() {
    return rest.port();
  }

  /** Stops accepting calls, finishes the commands already queued and closes the gateway. */
  @Override
  public void close() {
    rest.close();
    server.shutdown();
    processor.close();
    try {
      if (!server.awaitTermination(5, TimeUnit.SECONDS)) {
        server.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      server.shutdownNow();
    }
    LOG.info("Embedded engine stopped");
  }

  /**
   * Stops at once without any orderly shutdown, as a {@code kill -9} would: in-flight commands are
   * dropped unanswered and nothing more is written. For crash-recovery tests.
   */
  public void halt() {
    rest.close();
    processor.halt();
    server.shutdownNow();
  }
}
