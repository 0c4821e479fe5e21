package io.irplaybook.incident.service;

import io.irplaybook.incident.config.IncidentConfig;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs the items of batch declarations, a bounded number at a time for the whole service, so one
 * large batch cannot exhaust the database pool or flood the gateway.
 */
@ApplicationScoped
public class BatchExecutor {

  private final ExecutorService pool;

  BatchExecutor(IncidentConfig config) {
    AtomicInteger n = new AtomicInteger();
    pool =
        Executors.newFixedThreadPool(
            Math.max(1, config.batchParallelism()),
            r -> {
              Thread t = new Thread(r, "incident-batch-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
  }

  /** Runs every task and returns their results in the same order. */
  public <T> List<T> runAll(List<Supplier<T>> tasks) {
    List<CompletableFuture<T>> futures = new ArrayList<>();
    for (Supplier<T> task : tasks) {
      futures.add(CompletableFuture.supplyAsync(task, pool));
    }
    return futures.stream().map(CompletableFuture::join).toList();
  }

  @PreDestroy
  void stop() {
    pool.shutdown();
  }
}
