package io.irplaybook.engine.conformance;

import static io.irplaybook.engine.testing.EngineHarness.newJobType;
import static io.irplaybook.engine.testing.EngineHarness.variables;
import static io.irplaybook.engine.testing.Rejections.assertRejected;
import static io.irplaybook.engine.testing.Rejections.description;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.api.response.ActivatedJob;
import io.grpc.Status;
import io.irplaybook.engine.testing.EngineHarness;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Messages published with a time to live wait for subscriptions opened later; their ids are unique.
 */
class MessageBufferingTest {

  @RegisterExtension final EngineHarness engine = new EngineHarness();

  private final String jobType = newJobType();

  @BeforeEach
  void deploy() {
    engine.deployProcess("message-catch-event.bpmn");
  }

  private void publish(String correlationKey, Duration timeToLive, String messageId) {
    var command =
        engine
            .client()
            .newPublishMessageCommand()
            .messageName("host-isolated")
            .correlationKey(correlationKey)
            .timeToLive(timeToLive)
            .variables(variables("isolatedBy", "edr"));
    if (messageId != null) {
      command = command.messageId(messageId);
    }
    command.send().join();
  }

  private long startWaiting(String hostId) {
    return engine
        .createInstance("message-catch-event", variables("jobType", jobType, "hostId", hostId))
        .getProcessInstanceKey();
  }

  @Test
  void shouldCorrelateABufferedMessageToASubscriptionOpenedLater() {
    // given
    publish("web-01", Duration.ofHours(1), null);

    // when
    long instanceKey = startWaiting("web-01");

    // then
    ActivatedJob job = engine.awaitJob(jobType);
    assertThat(job.getProcessInstanceKey()).isEqualTo(instanceKey);
    assertThat(job.getVariablesAsMap()).containsEntry("isolatedBy", "edr");
  }

  @Test
  void shouldCorrelateABufferedMessageToEachLaterInstanceOnce() {
    // given
    publish("web-01", Duration.ofHours(1), null);

    // when
    startWaiting("web-01");
    startWaiting("web-01");

    // then
    assertThat(engine.awaitJobs(jobType, 2))
        .extracting(ActivatedJob::getProcessInstanceKey)
        .doesNotHaveDuplicates();
  }

  @Test
  void shouldNotBufferAMessageWithoutTimeToLive() {
    // given
    publish("web-01", Duration.ZERO, null);

    // when
    startWaiting("web-01");

    // then
    engine.assertNoActivatableJob(jobType);
  }

  @Test
  void shouldDropABufferedMessageWhenItsTimeToLiveHasPassed() {
    // given
    publish("web-01", Duration.ofMinutes(10), null);

    // when
    engine.clock().advance(Duration.ofMinutes(10).plusSeconds(1));
    engine.pause(
        Duration.ofMillis(
            200)); // a few ticks, so the expiry is processed before the instance starts
    startWaiting("web-01");

    // then
    engine.assertNoActivatableJob(jobType);
  }

  @Test
  void shouldRejectADuplicateMessageIdWhileTheFirstIsBuffered() {
    // given
    publish("web-01", Duration.ofMinutes(10), "alert-123");

    // when
    ClientStatusException rejection =
        assertRejected(
            Status.Code.ALREADY_EXISTS,
            () -> publish("web-01", Duration.ofMinutes(10), "alert-123"));

    // then
    assertThat(description(rejection)).contains("alert-123");
  }

  @Test
  void shouldAcceptAMessageIdAgainOnceTheFirstMessageExpired() {
    // given
    publish("web-01", Duration.ofMinutes(10), "alert-124");
    engine.clock().advance(Duration.ofMinutes(11));
    engine.pause(Duration.ofMillis(200));

    // when
    publish("web-01", Duration.ofMinutes(10), "alert-124");

    // then: the new message is buffered and correlates
    startWaiting("web-01");
    assertThat(engine.awaitJob(jobType).getElementId()).isEqualTo("verify");
  }

  @Test
  void shouldKeepABufferedMessageAcrossACrash() {
    // given
    publish("web-09", Duration.ofHours(1), "alert-125");

    // when
    engine.crashAndRestart();

    // then
    assertRejected(
        Status.Code.ALREADY_EXISTS, () -> publish("web-09", Duration.ofHours(1), "alert-125"));
    startWaiting("web-09");
    assertThat(engine.awaitJob(jobType).getVariablesAsMap()).containsEntry("isolatedBy", "edr");
  }

  @Test
  void shouldNotBringBackAnExpiredMessageAfterACrash() {
    // given
    publish("web-10", Duration.ofMinutes(5), "alert-126");
    engine.clock().advance(Duration.ofMinutes(6));
    engine.pause(Duration.ofMillis(200));

    // when
    engine.crashAndRestart();

    // then
    publish("web-10", Duration.ZERO, "alert-126");
    startWaiting("web-10");
    engine.assertNoActivatableJob(jobType);
  }
}
