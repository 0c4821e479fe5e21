package io.irplaybook.audit.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 16, point 8: CSV cells that a spreadsheet would run as a formula are neutralised. */
class CsvFormatTest {

  @ParameterizedTest
  @ValueSource(strings = {"=1+1", "+1", "-1+2", "@SUM(A1)", "\tx", "\rx"})
  void shouldPrefixACellStartingWithAFormulaCharacterWithAQuote(String actor) throws Exception {
    // given
    var record = record(actor);

    // when
    String line = csv(record);

    // then the actor cell (third) starts with ' and keeps the rest
    String expected = "'" + actor;
    assertThat(line)
        .contains(expected.contains("\r") ? "\"" + expected + "\"" : "," + expected + ",");
  }

  @Test
  void shouldLeaveOrdinaryCellsAndTheHashAsTheyAre() throws Exception {
    // given
    var record = record("alice");

    // when
    String line = csv(record);

    // then
    assertThat(line).contains(",alice,").doesNotContain("'").endsWith(record.hash() + "\r\n");
  }

  private static String csv(ChainedRecord record) throws Exception {
    var out = new StringWriter();
    new CsvFormat().record(record, out);
    return out.toString();
  }

  private static ChainedRecord record(String actor) {
    return new ChainedRecord(
            7,
            Instant.parse("2026-01-31T09:00:00Z"),
            actor,
            null,
            "auth.sign-in",
            "user",
            "x",
            "failure",
            null,
            null,
            null,
            "{}",
            AuditHash.GENESIS,
            null,
            ChainedRecord.KEYS_AS_STRINGS)
        .sealed();
  }
}
