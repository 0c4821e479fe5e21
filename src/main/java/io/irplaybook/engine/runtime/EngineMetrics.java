package io.irplaybook.engine.runtime;

import io.irplaybook.engine.EmbeddedEngine;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;

/**
 * The embedded engine's own load, for "does the engine keep up?": {@code
 * irp_engine_command_backlog} (commands waiting for the single writer) and {@code
 * irp_engine_commit_seconds} (count and sum of the batch commits, so rate(sum)/rate(count) is the
 * mean commit latency). Absent where the service uses an external cluster: that cluster reports its
 * own.
 */
@ApplicationScoped
class EngineMetrics {

  private final EmbeddedEngineLifecycle lifecycle;
  private final MeterRegistry registry;

  EngineMetrics(EmbeddedEngineLifecycle lifecycle, MeterRegistry registry) {
    this.lifecycle = lifecycle;
    this.registry = registry;
  }

  /** After the engine started (priority 10). */
  void register(@Observes @Priority(11) StartupEvent event) {
    if (lifecycle.engine() == null) {
      return;
    }
    Gauge.builder("irp.engine.command.backlog", lifecycle, read(EmbeddedEngine::commandBacklog))
        .description("Commands waiting for the embedded engine's processing thread")
        .register(registry);
    FunctionTimer.builder(
            "irp.engine.commit",
            lifecycle,
            l -> l.engine() == null ? 0 : l.engine().commits(),
            read(EmbeddedEngine::commitNanos),
            TimeUnit.NANOSECONDS)
        .description("Batch commits of the embedded engine to the database")
        .register(registry);
  }

  private static ToDoubleFunction<EmbeddedEngineLifecycle> read(
      ToDoubleFunction<EmbeddedEngine> value) {
    return l -> l.engine() == null ? Double.NaN : value.applyAsDouble(l.engine());
  }
}
