package io.irplaybook.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.irplaybook.audit.service.AuditHash;
import io.irplaybook.audit.service.CanonicalJson;
import io.irplaybook.audit.service.ChainedRecord;
import io.irplaybook.audit.service.DetailsNormalizer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** RFC 8785 canonical JSON, the hash formula and what the normaliser lets into a record. */
class CanonicalJsonTest {

  @Test
  void shouldSortKeysByUtf16CodeUnitsAndWriteNoSpaces() {
    // given keys in insertion order, including one beyond the BMP (sorts by its surrogate, 0xD83D)
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("b", List.of(1L, true, "x"));
    value.put("\uFB33", 1L);
    value.put("\uD83D\uDE00", 2L);
    value.put("a", Map.of("z", 1L, "y", Map.of()));
    value.put("c", null);

    // when
    String json = CanonicalJson.write(value);

    // then
    assertThat(json)
        .isEqualTo(
            "{\"a\":{\"y\":{},\"z\":1},\"b\":[1,true,\"x\"],\"c\":null,\"\uD83D\uDE00\":2,\"\uFB33\":1}");
  }

  @Test
  void shouldEscapeOnlyQuoteBackslashAndControlCharactersWithLowerCaseHex() {
    // given
    String text = "q\" b\\ nl\n tab\t bs\b ff\f cr\r unit\u001f del\u007f é € / <";

    // when
    String json = CanonicalJson.write(text);

    // then (RFC 8785 section 3.2.2.2)
    assertThat(json)
        .isEqualTo("\"q\\\" b\\\\ nl\\n tab\\t bs\\b ff\\f cr\\r unit\\u001f del\u007f é € / <\"");
  }

  @Test
  void shouldCanonicaliseTheSampleOfRfc8785() throws Exception {
    // given RFC 8785 section 3.2.2's input, parsed as any JSON reader would (numbers as doubles)
    Object parsed = JSON.readValue(rfc("sample-input.json"), Object.class);

    // when
    String canonical = CanonicalJson.write(parsed);

    // then section 3.2.3's output, byte for byte
    assertThat(canonical.getBytes(StandardCharsets.UTF_8))
        .isEqualTo(rfc("sample-output.json").getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void shouldSortPropertiesAsTheSortingExampleOfRfc8785() throws Exception {
    // given
    Object parsed = JSON.readValue(rfc("sorting-input.json"), Object.class);

    // when / then
    assertThat(CanonicalJson.write(parsed)).isEqualTo(rfc("sorting-output.json"));
  }

  @Test
  void shouldWriteEveryNumberOfAppendixBOfRfc8785AsEcmaScriptDoes() throws Exception {
    // given
    List<String> failures = new java.util.ArrayList<>();
    int checked = 0;
    for (String line : rfc("numbers.tsv").split("\n")) {
      String[] columns = line.split("\t");
      double value = Double.longBitsToDouble(Long.parseUnsignedLong(columns[0], 16));
      String expected = columns[1];

      // when
      String actual;
      try {
        actual = CanonicalJson.write(List.of(value));
        actual = actual.substring(1, actual.length() - 1);
      } catch (IllegalArgumentException e) {
        actual = "error";
      }

      // then
      checked++;
      if (!actual.equals(expected)) {
        failures.add(columns[0] + ": expected " + expected + ", got " + actual);
      }
    }
    assertThat(checked).isEqualTo(26);
    assertThat(failures).isEmpty();
  }

  @Test
  void shouldWriteIntegersUpTo2To53ExactlyAsRfc8785Does() {
    assertThat(CanonicalJson.write(List.of(9007199254740991L, -9007199254740991L, 0, -1)))
        .isEqualTo("[9007199254740991,-9007199254740991,0,-1]");
    assertThat(CanonicalJson.write(List.of(1e21d, 1e20d, 1e-7d, 1e-6d, -0.0d)))
        .isEqualTo("[1e+21,100000000000000000000,1e-7,0.000001,0]");
  }

  @Test
  void shouldWriteEngineKeysAndIntegersBeyond2To53AsStringsInDetails() {
    // given a key from partition 4 (beyond 2^53) and small ones, at the top and nested
    var normalizer = new DetailsNormalizer(Pattern.compile("secret"), Set.of());
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("processInstanceKey", 2251799813685249L);
    details.put("userTaskKey", 9007199254749999L);
    details.put("elementInstanceKeys", List.of(1L, 2L));
    details.put("count", 3);
    details.put("huge", 9007199254740993L);
    details.put("step", Map.of("jobKey", 4503599627370497L));

    // when
    String canonical = CanonicalJson.write(normalizer.normalize(details));

    // then
    assertThat(canonical)
        .isEqualTo(
            "{\"count\":3,\"elementInstanceKeys\":[\"1\",\"2\"],\"huge\":\"9007199254740993\","
                + "\"processInstanceKey\":\"2251799813685249\",\"step\":{\"jobKey\":\"4503599627370497\"},"
                + "\"userTaskKey\":\"9007199254749999\"}");
  }

  @Test
  void shouldWriteTheRecordKeysAsStringsSinceIssue18AndAsNumbersInOlderRecords() {
    // given the same record as appended now and as appended before issue 18
    ChainedRecord now = recordWithKeys(ChainedRecord.KEYS_AS_STRINGS);
    ChainedRecord before = recordWithKeys(ChainedRecord.KEYS_AS_NUMBERS);

    // when / then
    assertThat(now.canonical(false))
        .contains("\"jobKey\":\"9007199254740993\"")
        .contains("\"processInstanceKey\":\"2251799813685249\"");
    assertThat(before.canonical(false))
        .contains("\"jobKey\":9007199254740993")
        .contains("\"processInstanceKey\":2251799813685249");
    // each verifies as it was written: the hash follows the form of its own format
    assertThat(now.hash()).isEqualTo(now.computeHash()).isNotEqualTo(before.hash());
    assertThat(before.hash()).isEqualTo(AuditHash.of(AuditHash.GENESIS, before.canonical(false)));
  }

  private static ChainedRecord recordWithKeys(int keyFormat) {
    return new ChainedRecord(
            1,
            Instant.parse("2026-03-01T10:00:00Z"),
            "alice",
            null,
            "task.completed",
            "task",
            "9007199254740993",
            "success",
            "INC-1",
            2251799813685249L,
            9007199254740993L,
            "{}",
            AuditHash.GENESIS,
            null,
            keyFormat)
        .sealed();
  }

  private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
      new com.fasterxml.jackson.databind.ObjectMapper();

  private static String rfc(String name) throws java.io.IOException {
    try (var in = CanonicalJsonTest.class.getResourceAsStream("/audit/rfc8785/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void shouldTurnNonIntegerNumbersIntoStringsAndKeepIntegersAsIntegers() {
    // given
    var normalizer = new DetailsNormalizer(Pattern.compile("secret"), Set.of());

    // when
    var details =
        normalizer.normalize(
            Map.of(
                "ratio",
                0.25d,
                "count",
                3,
                "whole",
                2.0d,
                "price",
                new BigDecimal("10.50"),
                "at",
                Instant.parse("2026-01-01T00:00:00Z")));

    // then
    assertThat(CanonicalJson.write(details))
        .isEqualTo(
            "{\"at\":\"2026-01-01T00:00:00Z\",\"count\":3,\"price\":\"10.5\",\"ratio\":\"0.25\",\"whole\":2}");
  }

  @Test
  void shouldRedactSecretKeysAndKnownSecretValuesAtAnyDepth() {
    // given
    var normalizer =
        new DetailsNormalizer(
            Pattern.compile("(?i)(password|webhook-url)"), Set.of("s3cr3t-value-123"));

    // when
    var details =
        normalizer.normalize(
            Map.of(
                "smtpPassword", "hunter2",
                "note", "posted to https://hooks.example.invalid/s3cr3t-value-123/x",
                "nested", Map.of("list", List.of("s3cr3t-value-123"))));

    // then
    assertThat(CanonicalJson.write(details))
        .doesNotContain("hunter2")
        .doesNotContain("s3cr3t-value-123")
        .contains("\"smtpPassword\":\"[redacted]\"")
        .contains("hooks.example.invalid/[redacted]/x");
  }

  @Test
  void shouldHashPrevHashFollowedByTheCanonicalRecordWithoutItsHash() {
    // given the first record of a chain, as records were written before issue 18 (keys as numbers)
    var record =
        new ChainedRecord(
                1,
                Instant.parse("2026-03-01T10:00:00.123456Z"),
                "alice",
                "10.0.0.7",
                "incident.declared",
                "incident",
                "INC-1",
                "success",
                "INC-1",
                42L,
                null,
                "{\"title\":\"Backup \\\"leak\\\"\"}",
                AuditHash.GENESIS,
                null,
                ChainedRecord.KEYS_AS_NUMBERS)
            .sealed();
    String expectedCanonical =
        "{\"action\":\"incident.declared\",\"actor\":\"alice\",\"details\":{\"title\":\"Backup \\\"leak\\\"\"},"
            + "\"incidentId\":\"INC-1\",\"jobKey\":null,\"objectId\":\"INC-1\",\"objectType\":\"incident\","
            + "\"prevHash\":\""
            + AuditHash.GENESIS
            + "\",\"processInstanceKey\":42,\"result\":\"success\",\"seq\":1,"
            + "\"sourceIp\":\"10.0.0.7\",\"time\":\"2026-03-01T10:00:00.123Z\"}";

    // when
    String canonical = record.canonical(false);

    // then
    assertThat(AuditHash.GENESIS).isEqualTo(AuditHash.sha256Hex(""));
    assertThat(canonical).isEqualTo(expectedCanonical);
    assertThat(record.hash())
        .isEqualTo(AuditHash.sha256Hex(AuditHash.GENESIS + expectedCanonical))
        .matches("[0-9a-f]{64}");
  }

  @Test
  void shouldFormatRecordTimesExactlyLikeTheIsoFormatterWithMilliseconds() {
    // given instants across days, leap years and the end of a day
    var random = new Random(8);
    for (int i = 0; i < 2000; i++) {
      Instant time =
          Instant.ofEpochMilli(
              Instant.parse("1999-12-31T23:59:59.999Z").toEpochMilli()
                  + (random.nextLong() & 0xFFFFFFFFFFL));
      var record =
          new ChainedRecord(
              1,
              time,
              "a",
              null,
              "x.y",
              null,
              null,
              "success",
              null,
              null,
              null,
              "{}",
              AuditHash.GENESIS,
              null,
              ChainedRecord.KEYS_AS_STRINGS);

      // when / then
      assertThat(record.timeText()).isEqualTo(ChainedRecord.TIME.format(time));
    }
  }
}
