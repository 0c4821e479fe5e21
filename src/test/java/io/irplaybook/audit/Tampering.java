package io.irplaybook.audit;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * For tests that change audit rows behind the application's back: a connection on which
 * PostgreSQL's append-only trigger is skipped (a superuser session with session_replication_role =
 * replica), reset before it returns to the pool so no other test or request inherits it. On H2
 * there is no trigger.
 */
final class Tampering implements AutoCloseable {
  final Connection connection;
  private final boolean postgres;

  Tampering(Connection connection) throws SQLException {
    this.connection = connection;
    this.postgres =
        connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
    if (postgres) {
      connection.createStatement().execute("SET session_replication_role = replica");
    }
  }

  @Override
  public void close() throws SQLException {
    try {
      if (postgres) {
        connection.createStatement().execute("SET session_replication_role = DEFAULT");
      }
    } finally {
      connection.close();
    }
  }
}
