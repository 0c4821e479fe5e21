package io.irplaybook.engine.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A fresh, isolated database for one test. It outlives the engines started on it, so a second
 * engine can be started on the same data after the first one was halted (crash recovery).
 *
 * <p>The system property {@code irp.test.db} selects {@code h2} (default: a private in-memory
 * database) or {@code postgresql} (a private schema in database {@code test} on 127.0.0.1:5432,
 * user {@code postgres}, trust authentication, dropped on {@link #close()}).
 */
public final class TestDatabase implements AutoCloseable {

  public static final String KIND_PROPERTY = "irp.test.db";

  private static final String PG_HOST = "127.0.0.1";
  private static final int PG_PORT = 5432;
  private static final String PG_DATABASE = "test";
  private static final String PG_USER = "postgres";

  private final String kind;
  private final DataSource dataSource;
  private final String schema;
  private Connection h2KeepAlive;

  private TestDatabase(String kind, DataSource dataSource, String schema, Connection h2KeepAlive) {
    this.kind = kind;
    this.dataSource = dataSource;
    this.schema = schema;
    this.h2KeepAlive = h2KeepAlive;
  }

  /** Creates a new database of the kind the build selected. */
  public static TestDatabase create() {
    String kind = System.getProperty(KIND_PROPERTY, "h2").trim().toLowerCase(Locale.ROOT);
    String unique = UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    return switch (kind) {
      case "", "h2" -> createH2(unique);
      case "postgresql", "postgres", "pg" -> createPostgres(unique);
      default ->
          throw new IllegalStateException(
              "Expected "
                  + KIND_PROPERTY
                  + " to be 'h2' or 'postgresql', but it was '"
                  + kind
                  + "'");
    };
  }

  private static TestDatabase createH2(String unique) {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:engine_test_" + unique + ";DB_CLOSE_DELAY=-1");
    h2.setUser("sa");
    h2.setPassword("");
    try {
      // DB_CLOSE_DELAY=-1 already keeps it alive; the open connection is only used to SHUTDOWN on
      // close.
      return new TestDatabase("h2", h2, null, h2.getConnection());
    } catch (SQLException e) {
      throw new IllegalStateException("Could not open the in-memory H2 database", e);
    }
  }

  private static TestDatabase createPostgres(String unique) {
    String schema = "engine_test_" + unique;
    PGSimpleDataSource admin = postgres(null);
    execute(admin, "CREATE SCHEMA " + schema);
    return new TestDatabase("postgresql", postgres(schema), schema, null);
  }

  private static PGSimpleDataSource postgres(String currentSchema) {
    PGSimpleDataSource pg = new PGSimpleDataSource();
    pg.setServerNames(new String[] {PG_HOST});
    pg.setPortNumbers(new int[] {PG_PORT});
    pg.setDatabaseName(PG_DATABASE);
    pg.setUser(PG_USER);
    if (currentSchema != null) {
      pg.setCurrentSchema(currentSchema);
      // Tags the engine's sessions so a simulated crash can cut exactly these connections.
      pg.setApplicationName(currentSchema);
    }
    return pg;
  }

  /**
   * Ends every database session opened through {@link #dataSource()}, rolling back whatever they
   * had not committed. A process killed with {@code kill -9} loses its connections the same way; an
   * engine halted inside this JVM would otherwise keep them (and their locks) open.
   */
  public void severEngineConnections() {
    if ("postgresql".equals(kind)) {
      try (Connection connection = postgres(null).getConnection();
          PreparedStatement statement =
              connection.prepareStatement(
                  "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                      + " WHERE application_name = ? AND pid <> pg_backend_pid()")) {
        statement.setString(1, schema);
        statement.executeQuery().close();
      } catch (SQLException e) {
        throw new IllegalStateException("Could not end the halted engine's PostgreSQL sessions", e);
      }
      return;
    }
    try (Statement statement = h2KeepAlive.createStatement();
        ResultSet sessions =
            statement.executeQuery(
                "SELECT SESSION_ID FROM INFORMATION_SCHEMA.SESSIONS WHERE SESSION_ID <> SESSION_ID()")) {
      List<Integer> others = new ArrayList<>();
      while (sessions.next()) {
        others.add(sessions.getInt(1));
      }
      for (int id : others) {
        statement.execute("CALL ABORT_SESSION(" + id + ")");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not end the halted engine's H2 sessions", e);
    }
  }

  private static void execute(DataSource dataSource, String sql) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not run '" + sql + "' on the test database", e);
    }
  }

  public DataSource dataSource() {
    return dataSource;
  }

  /** {@code h2} or {@code postgresql}. */
  /** The PostgreSQL schema of this database, or null for H2. */
  public String schema() {
    return schema;
  }

  public String kind() {
    return kind;
  }

  @Override
  public void close() {
    if ("postgresql".equals(kind)) {
      severEngineConnections();
      execute(postgres(null), "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      return;
    }
    if (h2KeepAlive != null) {
      try (Connection connection = h2KeepAlive;
          Statement statement = connection.createStatement()) {
        statement.execute("SHUTDOWN");
      } catch (SQLException e) {
        // The engine may still hold the database in an odd state after a halt; nothing to keep.
      } finally {
        h2KeepAlive = null;
      }
    }
  }

  @Override
  public String toString() {
    return "TestDatabase[" + kind + (schema == null ? "" : ", schema " + schema) + "]";
  }
}
