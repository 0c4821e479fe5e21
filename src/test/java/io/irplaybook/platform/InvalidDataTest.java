package io.irplaybook.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * A value the database refuses (SQLState class 22, e.g. PostgreSQL's "invalid byte sequence" for a
 * NUL character) is the caller's input: FrameworkProblems answers it 400, found however Hibernate
 * wraps it. Found by ApiFuzzTest on PostgreSQL (a NUL in a path parameter answered 500).
 */
class InvalidDataTest {

  @Test
  void shouldFindADataExceptionAmongTheSuppressedExceptions() {
    // given
    RuntimeException thrown = new RuntimeException("request failed");
    thrown.addSuppressed(
        new IllegalStateException(
            "JDBC exception", new SQLException("invalid byte sequence for UTF8: 0x00", "22021")));

    // when / then
    assertThat(FrameworkProblems.invalidData(thrown))
        .hasValueSatisfying(sql -> assertThat(sql.getSQLState()).isEqualTo("22021"));
  }

  @Test
  void shouldNotTakeAConstraintViolationForBadInput() {
    // given a unique-key violation (class 23): a conflict the service must handle, not bad input
    RuntimeException thrown =
        new RuntimeException(new SQLException("duplicate key value", "23505"));

    // when / then
    assertThat(FrameworkProblems.invalidData(thrown)).isEmpty();
  }

  @Test
  void shouldStopOnACauseCycle() {
    // given
    RuntimeException first = new RuntimeException("first");
    RuntimeException second = new RuntimeException("second", first);
    first.initCause(second);

    // when / then
    assertThat(FrameworkProblems.invalidData(first)).isEmpty();
  }
}
