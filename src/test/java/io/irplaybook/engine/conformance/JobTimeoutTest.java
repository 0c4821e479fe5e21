package io.irplaybook.engine.conformance;

import static io.irplaybook.engine.testing.EngineHarness.newJobType;
import static io.irplaybook.engine.testing.EngineHarness.variables;
import static io.irplaybook.engine.testing.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ActivatedJob;
import io.grpc.Status;
import io.irplaybook.engine.testing.EngineHarness;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Activation timeouts and UpdateJobTimeout, driven by the controlled clock. */
class JobTimeoutTest {

  @RegisterExtension final EngineHarness engine = new EngineHarness();

  private final String jobType = newJobType();

  @BeforeEach
  void startInstance() {
    engine.deployProcess("one-service-task.bpmn");
    engine.createInstance("one-service-task", variables("jobType", jobType));
  }

  @Test
  void shouldKeepAnActivatedJobAwayFromOtherWorkersUntilItsDeadline() {
    // given
    engine.awaitJobs(jobType, 1, Duration.ofMinutes(5));

    // when
    engine.clock().advance(Duration.ofMinutes(4).plusSeconds(59));

    // then
    engine.assertNoActivatableJob(jobType);
  }

  @Test
  void shouldMakeTheJobActivatableAgainAfterItsTimeoutWithoutUsingARetry() {
    // given
    ActivatedJob job = engine.awaitJobs(jobType, 1, Duration.ofMinutes(5)).get(0);

    // when
    engine.clock().advance(Duration.ofMinutes(5).plusSeconds(1));

    // then
    ActivatedJob again = engine.awaitJob(jobType);
    assertThat(again.getKey()).isEqualTo(job.getKey());
    assertThat(again.getRetries())
        .as("retries after a timeout")
        .isEqualTo(job.getRetries())
        .isEqualTo(3);
    assertThat(again.getDeadline())
        .isEqualTo(engine.clock().millis() + EngineHarness.JOB_TIMEOUT.toMillis());
  }

  @Test
  void shouldAcceptTheCompletionOfATimedOutJobFromItsNewWorker() {
    // given
    ActivatedJob job = engine.awaitJobs(jobType, 1, Duration.ofMinutes(5)).get(0);
    engine.clock().advance(Duration.ofMinutes(6));
    ActivatedJob again = engine.awaitJob(jobType);

    // when
    engine.client().newCompleteCommand(again.getKey()).send().join();

    // then: the job is done, for its first worker too
    assertRejected(
        Status.Code.NOT_FOUND,
        () -> engine.client().newCompleteCommand(job.getKey()).send().join());
  }

  @Test
  void shouldMoveTheDeadlineLaterWhenTheTimeoutIsExtended() {
    // given
    ActivatedJob job = engine.awaitJobs(jobType, 1, Duration.ofMinutes(5)).get(0);

    // when
    engine
        .client()
        .newUpdateTimeoutCommand(job.getKey())
        .timeout(Duration.ofMinutes(30))
        .send()
        .join();

    // then
    engine.clock().advance(Duration.ofMinutes(10));
    engine.assertNoActivatableJob(jobType);
    engine.clock().advance(Duration.ofMinutes(21));
    assertThat(engine.awaitJob(jobType).getKey()).isEqualTo(job.getKey());
  }

  @Test
  void shouldMoveTheDeadlineEarlierWhenTheTimeoutIsShortened() {
    // given
    ActivatedJob job = engine.awaitJobs(jobType, 1, Duration.ofMinutes(30)).get(0);

    // when
    engine
        .client()
        .newUpdateTimeoutCommand(job.getKey())
        .timeout(Duration.ofMinutes(1))
        .send()
        .join();

    // then
    engine.clock().advance(Duration.ofMinutes(2));
    assertThat(engine.awaitJob(jobType).getKey()).isEqualTo(job.getKey());
  }

  @Test
  void shouldAnswerNotFoundWhenTheTimeoutOfAnUnknownJobIsUpdated() {
    // when / then
    assertRejected(
        Status.Code.NOT_FOUND,
        () ->
            engine
                .client()
                .newUpdateTimeoutCommand(2251799813685500L)
                .timeout(Duration.ofMinutes(1))
                .send()
                .join());
  }
}
