package io.irplaybook.alert;

import static org.assertj.core.api.Assertions.assertThat;

import io.irplaybook.alert.service.ReceiptPurge;
import io.irplaybook.platform.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Accepted webhook-ids are kept for irp.alerts.receipt-retention (7 days) and then purged; younger
 * ones stay, so a replay within the retention is still refused.
 */
@QuarkusTest
@QuarkusTestResource(value = IntegrationPeers.class, restrictToAnnotatedClass = true)
class ReceiptPurgeTest {

  @Inject ReceiptPurge purge;
  @Inject TestClock clock;

  private static AlertReceipt.Key receipt(Instant receivedAt) {
    AlertReceipt.Key key = new AlertReceipt.Key("purge-test", "msg_" + UUID.randomUUID());
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              AlertReceipt r = new AlertReceipt();
              r.key = key;
              r.receivedAt = receivedAt;
              r.persist();
            });
    return key;
  }

  private static boolean kept(AlertReceipt.Key key) {
    return QuarkusTransaction.requiringNew().call(() -> AlertReceipt.findById(key) != null);
  }

  @Test
  void shouldPurgeReceiptsOlderThanTheRetentionAndKeepYoungerOnes() {
    // given: one receipt eight days old, one six days old, one just now
    Instant now = clock.instant();
    AlertReceipt.Key old = receipt(now.minus(Duration.ofDays(8)));
    AlertReceipt.Key recent = receipt(now.minus(Duration.ofDays(6)));
    AlertReceipt.Key fresh = receipt(now);

    // when
    long deleted = purge.purge();

    // then
    assertThat(deleted).isGreaterThanOrEqualTo(1);
    assertThat(kept(old)).isFalse();
    assertThat(kept(recent)).isTrue();
    assertThat(kept(fresh)).isTrue();

    // when the clock moves on two days, the six-day-old one goes too
    clock.advance(Duration.ofDays(2));
    try {
      purge.purge();
      assertThat(kept(recent)).isFalse();
      assertThat(kept(fresh)).isTrue();
    } finally {
      clock.advance(Duration.ofDays(-2));
    }
  }
}
