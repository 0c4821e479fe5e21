package io.irplaybook.engine.state;

import io.irplaybook.engine.state.event.EngineEvent;
import io.irplaybook.engine.state.migration.V1__EngineEventLog;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The durable half of the engine: an append-only table of events. A batch of events is one
 * transaction, so a command is acknowledged only once everything it caused is committed.
 */
public final class EventLog implements AutoCloseable {

  private static final String INSERT =
      "INSERT INTO engine_event (position, event_type, payload, key_watermark, recorded_at) VALUES (?, ?, ?, ?, ?)";

  private final DataSource dataSource;
  private final EventCodec codec = new EventCodec();
  private Connection writer;
  private long nextPosition = 1;

  public EventLog(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Creates or upgrades the engine tables; they keep their own history table beside the service's. */
  public void migrate() {
    Flyway.configure()
        .dataSource(dataSource)
        .table("engine_schema_history")
        .locations(new String[0]) // no scanning: the migrations are listed below
        .javaMigrations(new V1__EngineEventLog())
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load()
        .migrate();
  }

  /**
   * Feeds every stored event, oldest first, to {@code applier}.
   *
   * @return the highest key handed out before, so new keys never repeat old ones
   */
  public long replay(Consumer<EngineEvent> applier) throws SQLException {
    long keyWatermark = 0;
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false); // PostgreSQL streams with a cursor only inside a transaction
      try (Statement statement = connection.createStatement()) {
        statement.setFetchSize(1000);
        try (ResultSet rows = statement.executeQuery(
            "SELECT position, event_type, payload, key_watermark FROM engine_event ORDER BY position")) {
          while (rows.next()) {
            nextPosition = rows.getLong(1) + 1;
            applier.accept(codec.decode(rows.getString(2), rows.getString(3)));
            keyWatermark = Math.max(keyWatermark, rows.getLong(4));
          }
        }
      }
      connection.commit();
    }
    return keyWatermark;
  }

  /** Appends the events in one transaction; on failure nothing of the batch is stored. */
  public void append(List<EngineEvent> events, long keyWatermark, long now) throws SQLException {
    if (events.isEmpty()) {
      return;
    }
    Connection connection = writer();
    long position = nextPosition;
    try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
      for (EngineEvent event : events) {
        insert.setLong(1, position++);
        insert.setString(2, codec.typeName(event));
        insert.setString(3, codec.encode(event));
        insert.setLong(4, keyWatermark);
        insert.setLong(5, now);
        insert.addBatch();
      }
      insert.executeBatch();
      connection.commit();
      nextPosition = position;
    } catch (SQLException e) {
      rollbackAndDrop(connection);
      throw e;
    }
  }

  private Connection writer() throws SQLException {
    if (writer == null) {
      writer = dataSource.getConnection();
      writer.setAutoCommit(false);
    }
    return writer;
  }

  private void rollbackAndDrop(Connection connection) {
    try {
      connection.rollback();
      connection.close();
    } catch (SQLException ignored) {
      // the connection is broken anyway; the next batch opens a new one
    }
    writer = null;
  }

  @Override
  public void close() {
    if (writer != null) {
      try {
        writer.close();
      } catch (SQLException ignored) {
        // closing on shutdown: nothing left to save
      }
      writer = null;
    }
  }
}
