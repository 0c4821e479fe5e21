package io.irplaybook.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * Which database failures are an outage (answered 503, retry) rather than a bug (500): found by the
 * PostgreSQL restart rehearsal, where requests during the outage answered 500.
 */
class DatabaseOutageTest {

  @Test
  void shouldTakeARefusedConnectionForAnOutage() {
    // given PostgreSQL's driver refusing to connect (SQLState 08001), wrapped as Hibernate does
    RuntimeException thrown =
        new RuntimeException(new SQLException("Connection to 127.0.0.1 refused", "08001"));

    // when / then
    assertThat(DatabaseOutage.cause(thrown))
        .hasValueSatisfying(sql -> assertThat(sql.getSQLState()).isEqualTo("08001"));
  }

  @Test
  void shouldTakeAServerShuttingDownForAnOutage() {
    // given "terminating connection due to administrator command", what a restart sends
    RuntimeException thrown =
        new RuntimeException(new SQLException("terminating connection", "57P01"));

    // when / then
    assertThat(DatabaseOutage.cause(thrown)).isPresent();
  }

  @Test
  void shouldTakeThePoolGivingUpOnANewConnectionForAnOutage() {
    // given Agroal's timeout, which carries no SQLState of its own
    RuntimeException thrown =
        new RuntimeException(
            new SQLException("Acquisition timeout while waiting for new connection"));

    // when / then
    assertThat(DatabaseOutage.cause(thrown)).isPresent();
  }

  @Test
  void shouldNotTakeAConstraintViolationOrBadInputForAnOutage() {
    // given a unique-key violation and a refused value: the database answered, it is up
    RuntimeException thrown = new RuntimeException(new SQLException("duplicate key", "23505"));
    thrown.addSuppressed(new SQLException("invalid byte sequence", "22021"));

    // when / then
    assertThat(DatabaseOutage.cause(thrown)).isEmpty();
  }
}
