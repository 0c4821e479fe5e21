package io.irplaybook.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.irplaybook.audit.service.StoredChainVerifier;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Appending: one chain, inside the caller's transaction, whatever the concurrency. */
@QuarkusTest
class AuditTrailTest {

  @Inject AuditTrail trail;

  @Inject StoredChainVerifier verifier;

  @Test
  void shouldReturnAnIncidentsRecordsOldestFirstWithConsecutiveSequenceNumbers() throws Exception {
    // given
    String incident = AuditTestData.newIncidentId();

    // when
    for (int i = 1; i <= 3; i++) {
      trail.append(AuditTestData.event(incident, i));
    }

    // then
    var records = trail.forIncident(incident, 10);
    assertThat(records).hasSize(3);
    assertThat(records.get(1).seq()).isEqualTo(records.get(0).seq() + 1);
    assertThat(records.get(2).seq()).isEqualTo(records.get(1).seq() + 1);
    assertThat(records.get(0).event().objectId()).isEqualTo("task-1");
    assertThat(records.get(0).event().details()).containsEntry("n", 1).containsKey("checklist");
    assertThat(records.get(0).time().truncatedTo(ChronoUnit.MILLIS))
        .isEqualTo(records.get(0).time());
    assertThat(trail.forIncident(incident, 2)).hasSize(2);
    assertThat(verifier.verify().valid()).isTrue();
  }

  @Test
  void shouldRollBackTheRecordTogetherWithTheCallersTransaction() throws Exception {
    // given
    String incident = AuditTestData.newIncidentId();

    // when the caller's transaction fails after appending
    QuarkusTransaction.begin();
    trail.append(AuditTestData.event(incident, 1));
    QuarkusTransaction.rollback();
    trail.append(AuditTestData.event(incident, 2));

    // then only the committed record exists and the chain has no gap
    assertThat(trail.forIncident(incident, 10))
        .extracting(r -> r.event().objectId())
        .containsExactly("task-2");
    assertThat(verifier.verify().valid()).isTrue();
  }

  @Test
  void shouldKeepOneValidChainWhenManyThreadsAppendAtOnce() throws Exception {
    // given
    String incident = AuditTestData.newIncidentId();
    int threads = 8;
    int perThread = 25;
    var pool = Executors.newFixedThreadPool(threads);
    var tasks = new ArrayList<Callable<Void>>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      tasks.add(
          () -> {
            for (int i = 0; i < perThread; i++) {
              trail.append(AuditTestData.event(incident, thread * 1000 + i));
            }
            return null;
          });
    }

    // when
    try {
      for (Future<Void> result : pool.invokeAll(tasks)) {
        result.get();
      }
    } finally {
      pool.shutdown();
      assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    }

    // then every append got its own place in a single, unbroken chain
    var records = trail.forIncident(incident, 1000);
    assertThat(records).hasSize(threads * perThread);
    assertThat(records).extracting(AuditRecord::seq).doesNotHaveDuplicates();
    var verification = verifier.verify();
    assertThat(verification.reason()).isNull();
    assertThat(verification.valid()).isTrue();
  }

  @Test
  void shouldRecordThatOversizedDetailsWereOmittedInsteadOfFailingTheCaller() {
    // given
    String incident = AuditTestData.newIncidentId();

    // when
    trail.append(
        AuditEvent.of("alice", "evidence.added", "evidence", "e-1")
            .incident(incident)
            .detail("blob", "x".repeat(AuditTrail.MAX_DETAILS + 1))
            .build());

    // then
    var details = trail.forIncident(incident, 1).get(0).event().details();
    assertThat(details)
        .containsEntry("length", AuditTrail.MAX_DETAILS + 12)
        .doesNotContainKey("blob");
    assertThat((String) details.get("omitted")).contains("exceeded");
  }
}
