package io.irplaybook.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import io.irplaybook.audit.service.AuditCheckpoints;
import io.irplaybook.audit.service.ManifestSigner;
import io.irplaybook.audit.service.StoredChainVerifier;
import io.irplaybook.audit.verify.Checkpoint;
import io.irplaybook.platform.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, "Anchored audit": a checkpoint written outside the database shows what the chain alone
 * cannot, its newest rows deleted or a row rewritten and the chain re-hashed by the table's owner.
 * On PostgreSQL the owner first disables the append-only trigger.
 */
@QuarkusTest
@TestProfile(CheckpointProfile.class)
class AuditCheckpointTest {

  @Inject AuditTrail trail;

  @Inject AuditCheckpoints checkpoints;

  @Inject StoredChainVerifier verifier;

  @Inject ManifestSigner signer;

  @Inject DataSource dataSource;

  @Inject Observed observed;

  /** Collects the extension-point events, as a feature anchoring checkpoints elsewhere would. */
  @ApplicationScoped
  static class Observed {
    private final List<AuditCheckpointed> events = new CopyOnWriteArrayList<>();

    void on(@Observes AuditCheckpointed event) {
      events.add(event);
    }

    /** A method, not the field: the injected client proxy delegates only method calls. */
    List<AuditCheckpointed> events() {
      return events;
    }
  }

  @Test
  void shouldWriteOneSignedCheckpointFilePerNewHeadAndAnnounceIt() throws Exception {
    // given
    long last = appendThree()[2];

    // when
    var written = checkpoints.checkpoint().orElseThrow();
    var again = checkpoints.checkpoint();

    // then
    assertThat(written.seq()).isGreaterThanOrEqualTo(last);
    var file =
        CheckpointProfile.DIRECTORY.resolve(
            String.format("audit-checkpoint-%019d.json", written.seq()));
    assertThat(Files.readString(file)).isEqualTo(written.document() + "\n");
    var read = Checkpoint.read(file, signer.publicKey());
    assertThat(read.seq()).isEqualTo(written.seq());
    assertThat(read.hash()).isEqualTo(written.hash());
    assertThat(again).as("nothing new to anchor").isEmpty();
    assertThat(observed.events()).contains(written);
  }

  @Test
  @TestSecurity(user = "ada", roles = Roles.AUDITOR)
  void shouldReportTheTableAnchoredWhenItStillHoldsTheCheckpointedRecord() throws Exception {
    // given
    appendThree();
    long anchored = checkpoints.checkpoint().orElseThrow().seq();

    // when / then
    given()
        .when()
        .get("/api/audit/verify")
        .then()
        .statusCode(200)
        .body("valid", is(true))
        .body("anchor.status", is("ANCHORED"))
        .body("anchor.checkpointSeq", is((int) anchored));
  }

  @Test
  void shouldReportTruncationWhenTheOwnerDeletesTheNewestRows() throws Exception {
    // given
    long[] seqs = appendThree();
    long anchored = checkpoints.checkpoint().orElseThrow().seq();

    try (var owner = new OwnerTampering(dataSource.getConnection())) {
      // when the table's owner deletes the last two records (the chain before them still checks)
      owner.deleteFrom(seqs[1]);
      var result = verifier.verify(owner.connection);

      // then
      assertThat(result.valid()).isFalse();
      assertThat(result.anchor()).as("the chain itself checks").isNotNull();
      assertThat(result.anchor().status()).isEqualTo("TRUNCATED");
      assertThat(result.brokenSeq()).isEqualTo(seqs[1]);
      assertThat(result.reason())
          .startsWith("TRUNCATED at seq " + seqs[1])
          .contains("anchors record " + anchored)
          .contains("ends at record " + (seqs[1] - 1))
          .contains("Restore them");
    }
    assertThat(verifier.verify().valid()).as("rolled back").isTrue();
  }

  @Test
  void shouldReportARewriteWhenTheOwnerChangesARowAndReHashesTheChain() throws Exception {
    // given
    long[] seqs = appendThree();
    var checkpoint = checkpoints.checkpoint().orElseThrow();

    try (var owner = new OwnerTampering(dataSource.getConnection())) {
      // when the table's owner rewrites the middle record and re-hashes everything after it
      owner.rewriteAndRehash(seqs[1], r -> OwnerTampering.withActor(r, "mallory"));
      var result = verifier.verify(owner.connection);

      // then
      assertThat(result.valid()).isFalse();
      assertThat(result.anchor()).as("the re-hashed chain itself checks").isNotNull();
      assertThat(result.anchor().status()).isEqualTo("REWRITTEN");
      assertThat(result.brokenSeq()).isEqualTo(checkpoint.seq());
      assertThat(result.reason())
          .startsWith("REWRITTEN at or before seq " + checkpoint.seq())
          .contains(checkpoint.hash());
    }
    assertThat(verifier.verify().valid()).as("rolled back").isTrue();
  }

  /** Appends three records of a new incident and returns their seqs. */
  private long[] appendThree() {
    String incident = AuditTestData.newIncidentId();
    for (int i = 1; i <= 3; i++) {
      trail.append(AuditTestData.event(incident, i));
    }
    return trail.forIncident(incident, 3).stream().mapToLong(AuditRecord::seq).toArray();
  }
}
