package io.irplaybook.bench;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.worker.JobClient;
import io.camunda.client.api.worker.JobWorker;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * Talks to the engine exactly as the service does: the official Camunda Java client over gRPC.
 * Opens auto-completing job workers and starts instances whose returned stage completes when the
 * instance has ended, however that end is observed ({@link BenchSettings#completion()}).
 */
final class EngineDriver implements AutoCloseable {

  /** Generous: a slow instance should show up as a high percentile, not as a client time-out. */
  private static final Duration INSTANCE_TIMEOUT = Duration.ofSeconds(60);

  private static final String SEQ_VARIABLE = "benchSeq";

  private final CamundaClient client;
  private final LinearProcess process;
  private final boolean completeOnLastJob;
  private final List<JobWorker> workers = new ArrayList<>();
  private final AtomicLong sequence = new AtomicLong();
  private final Map<Long, CompletableFuture<Void>> awaitingLastJob = new ConcurrentHashMap<>();

  /** Job completions the engine acknowledged: the jobs/s figure counts these. */
  final LongAdder jobsCompleted = new LongAdder();

  final LongAdder instancesCompleted = new LongAdder();
  final LongAdder jobErrors = new LongAdder();
  final LongAdder instanceErrors = new LongAdder();

  /** The first failure seen, so a broken run says why instead of only how often. */
  final AtomicReference<String> firstError = new AtomicReference<>();

  EngineDriver(int port, LinearProcess process, BenchSettings settings) {
    this.process = process;
    this.completeOnLastJob = settings.completion().equals("lastjob");
    this.client =
        CamundaClient.newClientBuilder()
            .grpcAddress(URI.create("http://localhost:" + port))
            // The client's 10 s default failed the deployment on a machine at load 30.
            .defaultRequestTimeout(Duration.ofSeconds(60))
            .preferRestOverGrpc(false)
            // Stray CAMUNDA_*/ZEEBE_* variables must not switch the harness to OAuth or another
            // address.
            .applyEnvironmentVariableOverrides(false)
            // Polling ActivateJobs (long polling), the 8.8 default, stated so the harness keeps
            // measuring
            // the same path if the default changes.
            .defaultJobWorkerStreamEnabled(false)
            .build();
  }

  void deploy() {
    client
        .newDeployResourceCommand()
        .addResourceStringUtf8(process.bpmnXml, process.resourceName())
        .send()
        .join();
  }

  /**
   * One worker per distinct job type; each completes its jobs at once without waiting for the
   * answer.
   */
  void openWorkers(int maxJobsActive) {
    for (var type : process.jobTypes) {
      workers.add(
          client
              .newWorker()
              .jobType(type)
              .handler(this::complete)
              .name("bench-" + type)
              .maxJobsActive(maxJobsActive)
              .timeout(Duration.ofMinutes(5))
              .fetchVariables(SEQ_VARIABLE)
              .open());
    }
  }

  /**
   * Starts one instance. The stage completes when the instance has ended and fails when the engine
   * refused or lost it.
   */
  CompletionStage<?> startInstance() {
    long seq = sequence.incrementAndGet();
    var create =
        client
            .newCreateInstanceCommand()
            .bpmnProcessId(process.processId)
            .latestVersion()
            .variable(SEQ_VARIABLE, seq);
    CompletionStage<?> ended;
    if (completeOnLastJob) {
      var done = new CompletableFuture<Void>();
      awaitingLastJob.put(seq, done);
      create
          .requestTimeout(INSTANCE_TIMEOUT)
          .send()
          .whenComplete(
              (created, error) -> {
                if (error != null && awaitingLastJob.remove(seq) != null) {
                  done.completeExceptionally(error);
                }
              });
      ended = done;
    } else {
      ended = create.withResult().requestTimeout(INSTANCE_TIMEOUT).send();
    }
    return ended.whenComplete(
        (result, error) -> {
          if (error == null) {
            instancesCompleted.increment();
          } else {
            instanceErrors.increment();
            firstError.compareAndSet(null, "instance: " + describe(error));
          }
        });
  }

  /**
   * Instances started and not yet seen to end (lastjob mode only; result mode tracks its futures).
   */
  int awaitingCount() {
    return awaitingLastJob.size();
  }

  private void complete(JobClient jobClient, ActivatedJob job) {
    // Read before the answer arrives: the job object belongs to the worker thread.
    Long seq =
        completeOnLastJob && job.getElementId().equals(process.lastElementId)
            ? sequenceOf(job)
            : null;
    jobClient
        .newCompleteCommand(job)
        .send()
        .whenComplete(
            (response, error) -> {
              if (error != null) {
                jobErrors.increment();
                firstError.compareAndSet(null, "complete job: " + describe(error));
                return;
              }
              jobsCompleted.increment();
              if (seq != null) {
                var done = awaitingLastJob.remove(seq);
                if (done != null) {
                  done.complete(null);
                }
              }
            });
  }

  private static Long sequenceOf(ActivatedJob job) {
    var value = job.getVariablesAsMap().get(SEQ_VARIABLE);
    return value instanceof Number number ? number.longValue() : null;
  }

  private static String describe(Throwable error) {
    var cause = error;
    while (cause.getCause() != null && cause.getMessage() == null) {
      cause = cause.getCause();
    }
    return cause.getClass().getSimpleName() + ": " + cause.getMessage();
  }

  @Override
  public void close() {
    workers.forEach(JobWorker::close);
    client.close();
  }
}
