package io.irplaybook.workflow;

import io.camunda.client.api.worker.JobWorkerMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The Camunda client's own job-worker metrics ({@code camunda_client_worker_job_activated_total}
 * and {@code ..._handled_total}, tagged with the job type), for every worker the service opens:
 * activated minus handled is the work in hand, and a type whose activations stop shows a worker
 * that no longer polls.
 */
@ApplicationScoped
public class WorkerMetrics {

  private final MeterRegistry registry;

  WorkerMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  /** Metrics for the worker of {@code jobType}; pass to the worker builder's {@code metrics}. */
  public JobWorkerMetrics forJobType(String jobType) {
    return JobWorkerMetrics.micrometer()
        .withMeterRegistry(registry)
        .withTags(Tags.of("jobType", jobType))
        .build();
  }
}
