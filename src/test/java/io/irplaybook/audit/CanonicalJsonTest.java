package io.irplaybook.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.irplaybook.audit.service.AuditHash;
import io.irplaybook.audit.service.CanonicalJson;
import io.irplaybook.audit.service.ChainedRecord;
import io.irplaybook.audit.service.DetailsNormalizer;
import java.math.BigDecimal;
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
  void shouldRefuseFloatingPointNumbersThatTheNormaliserDidNotConvert() {
    assertThatThrownBy(() -> CanonicalJson.write(Map.of("x", 1.5d)))
        .isInstanceOf(IllegalArgumentException.class);
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
    // given the first record of a chain
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
                null)
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
              null);

      // when / then
      assertThat(record.timeText()).isEqualTo(ChainedRecord.TIME.format(time));
    }
  }
}
