package io.irplaybook.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.irplaybook.audit.service.AuditCheckpoints;
import io.irplaybook.audit.service.AuditExporter;
import io.irplaybook.audit.service.CanonicalJson;
import io.irplaybook.audit.service.ExportFormat;
import io.irplaybook.audit.service.ExportRequest;
import io.irplaybook.audit.service.ManifestSigner;
import io.irplaybook.audit.verify.AuditVerifyCommand;
import io.irplaybook.audit.verify.Checkpoint;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The offline verifier compares a full export with a checkpoint: an export taken from a truncated
 * or rewritten table is validly signed, yet does not hold the checkpoint's record unchanged.
 */
@QuarkusTest
@TestProfile(CheckpointProfile.class)
class CheckpointExportVerificationTest {

  @Inject AuditTrail trail;

  @Inject AuditCheckpoints checkpoints;

  @Inject AuditExporter exporter;

  @Inject ManifestSigner signer;

  @TempDir Path temp;

  @Test
  void shouldAcceptAFullExportThatHoldsTheLatestCheckpointedRecord() throws Exception {
    // given
    appendThree();
    long anchored = checkpoints.checkpoint().orElseThrow().seq();
    Path export = fullExport();

    // when
    var run = verify(export, CheckpointProfile.DIRECTORY);

    // then
    assertThat(run.exitCode).as(run.output).isZero();
    assertThat(run.output).contains("anchors record " + anchored).contains("unchanged");
  }

  @Test
  void shouldReportTruncationWhenTheExportEndsBeforeTheCheckpointedRecord() throws Exception {
    // given a checkpoint taken when the trail reached 5 records further than the export does
    appendThree();
    Path export = fullExport();
    long lastExported = lastSeq(export);
    Path checkpoint = signedCheckpoint(lastExported + 5, "a".repeat(64));

    // when
    var run = verify(export, checkpoint);

    // then
    assertThat(run.exitCode).as(run.output).isEqualTo(3);
    assertThat(run.output)
        .contains("TRUNCATED at seq " + (lastExported + 1))
        .contains("anchors record " + (lastExported + 5));
  }

  @Test
  void shouldReportARewriteWhenTheCheckpointedRecordHasAnotherHash() throws Exception {
    // given a checkpoint of the export's last record that remembers another hash
    appendThree();
    Path export = fullExport();
    long lastExported = lastSeq(export);
    Path checkpoint = signedCheckpoint(lastExported, "b".repeat(64));

    // when
    var run = verify(export, checkpoint);

    // then
    assertThat(run.exitCode).as(run.output).isEqualTo(4);
    assertThat(run.output).contains("REWRITTEN at or before seq " + lastExported);
  }

  @Test
  void shouldRefuseACheckpointWhoseSignatureFails() throws Exception {
    // given a checkpoint edited after it was signed
    appendThree();
    Path export = fullExport();
    Path checkpoint = signedCheckpoint(lastSeq(export), "c".repeat(64));
    Files.writeString(
        checkpoint, Files.readString(checkpoint).replace("c".repeat(64), "d".repeat(64)));

    // when
    var run = verify(export, checkpoint);

    // then
    assertThat(run.exitCode).as(run.output).isEqualTo(5);
    assertThat(run.output).contains("does not verify with the given public key");
  }

  private void appendThree() {
    String incident = AuditTestData.newIncidentId();
    for (int i = 1; i <= 3; i++) {
      trail.append(AuditTestData.event(incident, i));
    }
  }

  private Path fullExport() throws Exception {
    Path file = Files.createTempFile(temp, "audit", ".jsonl");
    try (OutputStream out = Files.newOutputStream(file)) {
      exporter.export(new ExportRequest(ExportFormat.named("jsonl"), null, null, null), out);
    }
    return file;
  }

  private static long lastSeq(Path export) throws Exception {
    var lines = Files.readAllLines(export, StandardCharsets.UTF_8);
    String last = lines.get(lines.size() - 1);
    String after = last.substring(last.indexOf("\"lastSeq\":") + "\"lastSeq\":".length());
    return Long.parseLong(after.substring(0, after.indexOf(',')));
  }

  private Path signedCheckpoint(long seq, String hash) throws Exception {
    var fields =
        Checkpoint.unsigned(seq, hash, "2026-01-31T09:00:00.000Z", "2026-01-31T09:01:00.000Z");
    String document = CanonicalJson.write(Map.of("checkpoint", signer.sign(fields)));
    return Files.writeString(temp.resolve("checkpoint-" + seq + ".json"), document);
  }

  private record Run(int exitCode, String output) {}

  private Run verify(Path export, Path checkpoint) {
    var out = new ByteArrayOutputStream();
    var stream = new PrintStream(out, true, StandardCharsets.UTF_8);
    int code =
        AuditVerifyCommand.run(
            new String[] {
              "--public-key",
              signer.publicKeyBase64(),
              "--checkpoint",
              checkpoint.toString(),
              export.toString()
            },
            stream,
            stream);
    return new Run(code, out.toString(StandardCharsets.UTF_8));
  }
}
