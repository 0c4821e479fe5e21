package io.irplaybook.audit.verify;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.irplaybook.audit.service.AuditHash;
import io.irplaybook.audit.service.CanonicalJson;
import io.irplaybook.audit.verify.ExportVerification.Status;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Checks an exported JSONL or OCSF file against its signed manifest (the last line), without the
 * service or its database: the signature, then every record's hash, its link to the record before,
 * the sequence numbers, and finally count, first and last hash and the digest of all hashes. Reads
 * the file twice, line by line, so memory does not grow with its size.
 *
 * <p>Given a checkpoint (its signature checked with the same key), a full export (no incident and
 * no end time) must also still hold the checkpoint's record with the checkpoint's hash: an export
 * that ends before it was taken from a truncated table, one with another hash there from a
 * rewritten one.
 */
public final class ExportVerifier {

  private static final TypeReference<LinkedHashMap<String, Object>> OBJECT =
      new TypeReference<>() {};

  private final ObjectMapper json =
      new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  public ExportVerification verify(Path file, PublicKey key) throws IOException {
    return verify(file, key, null);
  }

  /** As {@link #verify(Path, PublicKey)}, then compares a full export with {@code checkpoint}. */
  public ExportVerification verify(Path file, PublicKey key, Checkpoint checkpoint)
      throws IOException {
    String lastLine = lastNonEmptyLine(file);
    Map<String, Object> manifest;
    try {
      manifest = asObject(json.readValue(lastLine == null ? "" : lastLine, OBJECT).get("manifest"));
    } catch (IOException | RuntimeException e) {
      manifest = null;
    }
    if (manifest == null) {
      return new ExportVerification(
          Status.BAD_MANIFEST,
          null,
          "Expected the signed manifest {\"manifest\":{...}} as the last line, but it is missing or not JSON");
    }
    String signatureProblem = checkSignature(manifest, key);
    if (signatureProblem != null) {
      return new ExportVerification(Status.BAD_MANIFEST, null, signatureProblem);
    }
    var checked = checkRecords(file, manifest, checkpoint == null ? -1 : checkpoint.seq());
    if (checked.result().status() != Status.VALID || checkpoint == null) {
      return checked.result();
    }
    return anchor(manifest, checkpoint, checked);
  }

  /** The records' outcome, and the hash of the record a checkpoint names (null if not there). */
  private record Checked(ExportVerification result, String hashAtCheckpoint) {}

  private static ExportVerification anchor(
      Map<String, Object> manifest, Checkpoint checkpoint, Checked checked) {
    Long firstSeq = number(manifest.get("firstSeq"));
    boolean toTheEnd = manifest.get("incident") == null && manifest.get("to") == null;
    if (!toTheEnd || (firstSeq != null && firstSeq > checkpoint.seq())) {
      return new ExportVerification(
          Status.VALID,
          null,
          checked.result().message()
              + "; the checkpoint was not compared: it anchors record "
              + checkpoint.seq()
              + ", which a full export (no incident, no 'to') starting at or before it holds");
    }
    long lastSeq = Objects.requireNonNullElse(number(manifest.get("lastSeq")), 0L);
    var check = AnchorCheck.compare(checkpoint, lastSeq, checked.hashAtCheckpoint());
    return switch (check.status()) {
      case ANCHORED ->
          new ExportVerification(
              Status.VALID, null, checked.result().message() + "; " + check.message());
      case TRUNCATED -> new ExportVerification(Status.TRUNCATED, check.seq(), check.message());
      case REWRITTEN -> new ExportVerification(Status.REWRITTEN, check.seq(), check.message());
    };
  }

  private String checkSignature(Map<String, Object> manifest, PublicKey key) {
    Map<String, Object> unsigned = new LinkedHashMap<>(manifest);
    Object signature = unsigned.remove("signature");
    try {
      boolean valid =
          signature instanceof String s
              && Ed25519Keys.verify(
                  key,
                  CanonicalJson.write(unsigned).getBytes(StandardCharsets.UTF_8),
                  Base64.getDecoder().decode(s));
      return valid
          ? null
          : "The manifest's signature does not verify with the given public key: the manifest was"
              + " changed, or it was signed with another key (manifest names public key "
              + manifest.get("publicKey")
              + ")";
    } catch (Exception e) {
      return "The manifest's signature could not be checked: " + e.getMessage();
    }
  }

  private Checked checkRecords(Path file, Map<String, Object> manifest, long checkpointSeq)
      throws IOException {
    var hashAtCheckpoint = new String[1];
    return new Checked(
        checkRecords(file, manifest, checkpointSeq, hashAtCheckpoint), hashAtCheckpoint[0]);
  }

  private ExportVerification checkRecords(
      Path file, Map<String, Object> manifest, long checkpointSeq, String[] hashAtCheckpoint)
      throws IOException {
    boolean contiguous = !Boolean.FALSE.equals(manifest.get("contiguous"));
    Long expected = number(manifest.get("firstSeq"));
    Long previousSeq = null;
    String previousHash = null;
    String firstHash = null;
    long count = 0;
    long expectedCount = Objects.requireNonNullElse(number(manifest.get("count")), -1L);
    MessageDigest digest = AuditHash.sha256();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int lineNo = 0;
      String pending = null;
      // One line of look-ahead: the last non-empty line is the manifest, not a record.
      while ((line = reader.readLine()) != null) {
        if (line.isEmpty()) {
          continue;
        }
        if (pending != null) {
          lineNo++;
          Long at = contiguous ? expected : null;
          Map<String, Object> record = parseRecord(pending);
          if (record == null) {
            return broken(
                at, "line " + lineNo + " is not a valid record (not JSON, or a duplicate key)");
          }
          Long seq = number(record.get("seq"));
          if (seq == null) {
            return broken(at, "line " + lineNo + " has no integer seq");
          }
          if (contiguous && expected != null && seq.longValue() != expected.longValue()) {
            return broken(
                expected,
                seq > expected
                    ? "expected record "
                        + expected
                        + " on line "
                        + lineNo
                        + ", but found record "
                        + seq
                        + ": record "
                        + expected
                        + " is missing"
                    : "expected record "
                        + expected
                        + " on line "
                        + lineNo
                        + ", but found record "
                        + seq
                        + ": records are out of order");
          }
          if (!contiguous && previousSeq != null && seq <= previousSeq) {
            return broken(
                seq,
                "record " + seq + " follows record " + previousSeq + ": records are out of order");
          }
          Object hash = record.remove("hash");
          Object prevHash = record.get("prevHash");
          if (!(hash instanceof String) || !(prevHash instanceof String)) {
            return broken(seq, "record " + seq + " lacks a hash or prevHash string");
          }
          if (contiguous && previousHash != null && !previousHash.equals(prevHash)) {
            return broken(
                seq,
                "record "
                    + seq
                    + " carries prevHash "
                    + prevHash
                    + ", but the record before it hashes to "
                    + previousHash);
          }
          if (seq == 1 && !AuditHash.GENESIS.equals(prevHash)) {
            return broken(seq, "record 1 must carry prevHash SHA-256(\"\") = " + AuditHash.GENESIS);
          }
          String computed;
          try {
            computed = AuditHash.of((String) prevHash, CanonicalJson.write(record));
          } catch (IllegalArgumentException unsupported) {
            return broken(
                seq,
                "record "
                    + seq
                    + " holds a value the chain never stores ("
                    + unsupported.getMessage()
                    + ")");
          }
          if (!computed.equals(hash)) {
            return broken(
                seq,
                "record "
                    + seq
                    + " hashes to "
                    + computed
                    + ", but carries "
                    + hash
                    + ": its content was changed");
          }
          if (count == 0) {
            firstHash = (String) hash;
          }
          if (seq == checkpointSeq) {
            hashAtCheckpoint[0] = (String) hash;
          }
          digest.update(((String) hash).getBytes(StandardCharsets.US_ASCII));
          count++;
          previousSeq = seq;
          previousHash = (String) hash;
          expected = seq + 1;
        }
        pending = line;
      }
    }
    return checkEnds(
        manifest, contiguous, expected, count, expectedCount, firstHash, previousHash, digest);
  }

  private static ExportVerification checkEnds(
      Map<String, Object> manifest,
      boolean contiguous,
      Long expected,
      long count,
      long expectedCount,
      String firstHash,
      String lastHash,
      MessageDigest digest) {
    if (count != expectedCount) {
      Long at = contiguous && count < expectedCount ? expected : null;
      return broken(
          at,
          "the manifest counts "
              + expectedCount
              + " records, but the file holds "
              + count
              + (at != null ? ": record " + at + " onwards is missing" : ""));
    }
    if (!Objects.equals(firstHash, manifest.get("firstHash"))
        || !Objects.equals(lastHash, manifest.get("lastHash"))) {
      return broken(null, "the first or last record's hash differs from the manifest's");
    }
    if (!HexFormat.of().formatHex(digest.digest()).equals(manifest.get("recordsDigest"))) {
      return broken(
          null,
          "the records differ from the ones the manifest's recordsDigest covers (one was replaced)");
    }
    return new ExportVerification(
        Status.VALID,
        null,
        "OK: "
            + count
            + " records"
            + (count > 0
                ? ", seq " + manifest.get("firstSeq") + ".." + manifest.get("lastSeq")
                : "")
            + ", every hash and link checks, manifest signature valid (Ed25519), last hash "
            + lastHash);
  }

  private Map<String, Object> parseRecord(String line) {
    try {
      Map<String, Object> node = json.readValue(line, OBJECT);
      // An OCSF event carries the chained record in unmapped.record.
      if (node.containsKey("class_uid") && node.get("unmapped") instanceof Map<?, ?> unmapped) {
        return asObject(unmapped.get("record"));
      }
      return node;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asObject(Object value) {
    return value instanceof Map<?, ?> map ? new LinkedHashMap<>((Map<String, Object>) map) : null;
  }

  private static Long number(Object value) {
    return value instanceof Integer || value instanceof Long ? ((Number) value).longValue() : null;
  }

  private static ExportVerification broken(Long seq, String message) {
    return new ExportVerification(
        Status.BROKEN_RECORD,
        seq,
        (seq == null ? "BROKEN: " : "BROKEN at seq " + seq + ": ") + message);
  }

  private static String lastNonEmptyLine(Path file) throws IOException {
    String last = null;
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isEmpty()) {
          last = line;
        }
      }
    }
    return last;
  }
}
