package io.irplaybook.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.irplaybook.audit.service.AuditExporter;
import io.irplaybook.audit.service.ExportFormat;
import io.irplaybook.audit.service.ExportRequest;
import io.irplaybook.audit.service.ManifestSigner;
import io.irplaybook.audit.verify.Ed25519Keys;
import io.irplaybook.audit.verify.ExportVerification;
import io.irplaybook.audit.verify.ExportVerification.Status;
import io.irplaybook.audit.verify.ExportVerifier;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An export of 100 records checked by the offline verifier: any change names exactly the record.
 * (issue 8, "flip one byte in record 37 of 100, delete a record, swap two")
 */
@QuarkusTest
class AuditExportVerificationTest {

  @Inject AuditTrail trail;

  @Inject AuditExporter exporter;

  @Inject ManifestSigner signer;

  @TempDir Path temp;

  private List<AuditRecord> records;
  private List<String> lines;
  private Path export;

  @BeforeEach
  void exportHundredRecords() throws Exception {
    String incident = AuditTestData.newIncidentId();
    for (int i = 1; i <= 100; i++) {
      trail.append(AuditTestData.event(incident, i));
    }
    records = trail.forIncident(incident, 100);
    export = exportRange(ExportFormat.named("jsonl"), null);
    lines = Files.readAllLines(export, StandardCharsets.UTF_8);
  }

  @Test
  void shouldAcceptAnUntouchedExportOfContiguousRecords() throws Exception {
    // when
    var result = verify(export);

    // then
    assertThat(result.status()).as(result.message()).isEqualTo(Status.VALID);
    assertThat(lines).hasSizeGreaterThanOrEqualTo(101);
    assertThat(lines.get(lines.size() - 1)).startsWith("{\"manifest\":{");
  }

  @Test
  void shouldNameRecord37WhicheverOfItsBytesIsFlipped() throws Exception {
    // given the line of the 37th record
    int line = lineOf(seq(37));
    byte[] original = lines.get(line).getBytes(StandardCharsets.UTF_8);
    var misses = new ArrayList<String>();

    for (int position = 0; position < original.length; position++) {
      // when one bit of one byte changes
      byte[] flipped = original.clone();
      flipped[position] ^= 0x01;
      var result = verify(withLine(line, new String(flipped, StandardCharsets.UTF_8)));

      // then the verifier names exactly that record
      if (result.status() != Status.BROKEN_RECORD
          || result.brokenSeq() == null
          || result.brokenSeq() != seq(37)) {
        misses.add(
            "byte " + position + " ('" + (char) original[position] + "'): " + result.message());
      }
    }
    assertThat(misses).isEmpty();
  }

  @Test
  void shouldNameARemovedRecord() throws Exception {
    // given
    var edited = new ArrayList<>(lines);
    edited.remove(lineOf(seq(37)));

    // when
    var result = verify(write(edited));

    // then
    assertThat(result.status()).isEqualTo(Status.BROKEN_RECORD);
    assertThat(result.brokenSeq()).as(result.message()).isEqualTo(seq(37));
    assertThat(result.message()).contains("missing");
  }

  @Test
  void shouldNameTheFirstOfTwoSwappedRecords() throws Exception {
    // given records 37 and 60 trade places
    var edited = new ArrayList<>(lines);
    int a = lineOf(seq(37));
    int b = lineOf(seq(60));
    edited.set(a, lines.get(b));
    edited.set(b, lines.get(a));

    // when
    var result = verify(write(edited));

    // then
    assertThat(result.status()).isEqualTo(Status.BROKEN_RECORD);
    assertThat(result.brokenSeq()).as(result.message()).isEqualTo(seq(37));
  }

  @Test
  void shouldRejectAManifestThatWasEditedOrSignedByAnotherKey() throws Exception {
    // given a manifest that claims one record less, and the right file checked with a stranger's
    // key
    var edited = new ArrayList<>(lines);
    int last = edited.size() - 1;
    edited.set(last, edited.get(last).replaceFirst("\"count\":(\\d+)", "\"count\":1"));
    var strangersKey = KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic();

    // when
    var forged = verify(write(edited));
    var otherKey = new ExportVerifier().verify(export, strangersKey);

    // then
    assertThat(forged.status()).isEqualTo(Status.BAD_MANIFEST);
    assertThat(otherKey.status()).isEqualTo(Status.BAD_MANIFEST);
    assertThat(otherKey.message()).contains("signature");
  }

  @Test
  void shouldVerifyAnOcsfExportAndAnIncidentExportAndFindARecordRemovedFromTheLatter()
      throws Exception {
    // given
    Path ocsf = exportRange(ExportFormat.named("ocsf"), null);
    Path incident = exportRange(ExportFormat.named("jsonl"), records.get(0).event().incidentId());
    var incidentLines = new ArrayList<>(Files.readAllLines(incident, StandardCharsets.UTF_8));
    incidentLines.remove(50);

    // when
    var ocsfResult = verify(ocsf);
    var incidentResult = verify(incident);
    var removedResult = verify(write(incidentLines));

    // then
    assertThat(Files.readAllLines(ocsf).get(0)).contains("\"class_uid\":6003");
    assertThat(ocsfResult.status()).as(ocsfResult.message()).isEqualTo(Status.VALID);
    assertThat(incidentResult.status()).as(incidentResult.message()).isEqualTo(Status.VALID);
    assertThat(removedResult.status()).isEqualTo(Status.BROKEN_RECORD);
  }

  @Test
  void shouldRunThePackagedVerifierCommandWithoutBootingTheService() throws Exception {
    // given a tampered copy, and a JVM with no datasource, engine or HTTP configuration
    Path tampered =
        withLine(
            lineOf(seq(37)),
            lines.get(lineOf(seq(37))).replace("\"result\":\"success\"", "\"result\":\"failure\""));

    // when
    var valid = runApplication(export);
    var broken = runApplication(tampered);

    // then
    assertThat(valid.exitCode).as(valid.output).isZero();
    assertThat(valid.output).contains("OK: ").doesNotContain("Quarkus");
    assertThat(broken.exitCode).as(broken.output).isEqualTo(1);
    assertThat(broken.output).contains("BROKEN at seq " + seq(37) + ":");
  }

  @Test
  void shouldPassTheReadmesPythonVerifierOnAnExportAndFailItOnATamperedOne() throws Exception {
    // given the auditor's example exactly as the README shows it
    String readme = Files.readString(Path.of("README.md"));
    String block =
        readme.substring(
            readme.indexOf("<!-- python-verifier:start -->"),
            readme.indexOf("<!-- python-verifier:end -->"));
    String script =
        block.substring(
            block.indexOf("```python") + "```python".length(), block.lastIndexOf("```"));
    Path verifier = Files.writeString(temp.resolve("verify.py"), script);
    assertThat(script.lines().filter(l -> !l.isBlank()).count()).isLessThanOrEqualTo(22);
    Path tampered =
        withLine(
            lineOf(seq(37)),
            lines.get(lineOf(seq(37))).replace("\"actor\":\"alice\"", "\"actor\":\"mallory\""));

    // when
    var valid = run(List.of("python3", verifier.toString(), export.toString()));
    var broken = run(List.of("python3", verifier.toString(), tampered.toString()));

    // then
    assertThat(valid.exitCode).as(valid.output).isZero();
    assertThat(broken.output).contains("BROKEN at seq " + seq(37));
  }

  private long seq(int n) {
    return records.get(n - 1).seq();
  }

  private int lineOf(long seq) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains("\"seq\":" + seq + ",")) {
        return i;
      }
    }
    throw new AssertionError("no line holds seq " + seq);
  }

  private Path exportRange(ExportFormat format, String incident) throws Exception {
    Instant from = records.get(0).time();
    Instant to = records.get(99).time().plusMillis(1);
    Path file = Files.createTempFile(temp, "audit", "." + format.fileExtension());
    try (OutputStream out = Files.newOutputStream(file)) {
      exporter.export(new ExportRequest(format, incident, from, to), out);
    }
    return file;
  }

  private ExportVerification verify(Path file) throws Exception {
    return new ExportVerifier().verify(file, Ed25519Keys.publicKey(signer.publicKeyBase64()));
  }

  private Path withLine(int index, String replacement) throws Exception {
    var edited = new ArrayList<>(lines);
    edited.set(index, replacement);
    return write(edited);
  }

  private Path write(List<String> content) throws Exception {
    return Files.write(
        Files.createTempFile(temp, "edited", ".jsonl"), content, StandardCharsets.UTF_8);
  }

  private Outcome runApplication(Path file) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return run(
        List.of(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            "io.irplaybook.Application",
            "audit-verify",
            "--public-key",
            signer.publicKeyBase64(),
            file.toString()));
  }

  private record Outcome(int exitCode, String output) {}

  private Outcome run(List<String> command) throws Exception {
    var process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Outcome(process.exitValue(), output);
  }
}
