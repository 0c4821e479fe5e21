package io.irplaybook.engine.state;

import io.irplaybook.engine.state.event.EngineEvent;
import io.irplaybook.engine.state.migration.V1__EngineEventLog;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The durable half of the engine: an append-only table of events. A batch of events is one
 * transaction, so a command is acknowledged only once everything it caused is committed.
 */
public final class EventLog implements AutoCloseable {

  private static final String INSERT =
      "INSERT INTO engine_event (position, process_instance_key, event_type, payload, key_watermark, recorded_at) VALUES (?, ?, ?, ?, ?, ?)";
  private static final String DELETE_INSTANCE =
      "DELETE FROM engine_event WHERE process_instance_key = ?";
  private static final String UPDATE_WATERMARK =
      "UPDATE engine_meta SET long_value = ? WHERE name = 'key_watermark'";

  private final DataSource dataSource;
  private final EventCodec codec = new EventCodec();
  private Connection writer;
  private long nextPosition = 1;

  /** The highest key recorded anywhere (a row or engine_meta). */
  private long storedWatermark;

  /** The value in engine_meta. */
  private long metaWatermark;

  public EventLog(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Creates or upgrades the engine tables; they keep their own history table beside the service's.
   */
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

  /** Receives a stored event with the time it was recorded (epoch milliseconds). */
  @FunctionalInterface
  public interface Replayer {
    void apply(EngineEvent event, long recordedAt);
  }

  /**
   * Feeds every stored event, oldest first, to {@code applier}.
   *
   * @return the highest key handed out before, so new keys never repeat old ones
   */
  public long replay(Replayer applier) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false); // PostgreSQL streams with a cursor only inside a transaction
      try (Statement statement = connection.createStatement()) {
        try (ResultSet meta =
            statement.executeQuery(
                "SELECT long_value FROM engine_meta WHERE name = 'key_watermark'")) {
          metaWatermark = meta.next() ? meta.getLong(1) : 0;
          storedWatermark = metaWatermark;
        }
        try (ResultSet last =
            statement.executeQuery("SELECT MAX(position), MAX(key_watermark) FROM engine_event")) {
          if (last.next()) {
            nextPosition = last.getLong(1) + 1;
            storedWatermark = Math.max(storedWatermark, last.getLong(2));
          }
        }
        statement.setFetchSize(1000);
        try (ResultSet rows =
            statement.executeQuery(
                "SELECT event_type, payload, recorded_at FROM engine_event ORDER BY position")) {
          while (rows.next()) {
            applier.apply(codec.decode(rows.getString(1), rows.getString(2)), rows.getLong(3));
          }
        }
      }
      connection.commit();
    }
    return storedWatermark;
  }

  /**
   * Appends the events and forgets the finished instances in one transaction; on failure nothing of
   * the batch is stored. Events of an instance that finished in this very batch are not written.
   */
  public void append(List<StoredEvent> events, Set<Long> finishedInstances, long keyWatermark)
      throws SQLException {
    if (events.isEmpty() && finishedInstances.isEmpty() && keyWatermark == storedWatermark) {
      return;
    }
    Connection connection = writer();
    long position = nextPosition;
    try {
      try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
        boolean any = false;
        for (StoredEvent stored : events) {
          if (finishedInstances.contains(stored.processInstanceKey())) {
            continue;
          }
          insert.setLong(1, position++);
          insert.setLong(2, stored.processInstanceKey());
          insert.setString(3, codec.typeName(stored.event()));
          insert.setString(4, codec.encode(stored.event()));
          insert.setLong(5, keyWatermark);
          insert.setLong(6, stored.recordedAt());
          insert.addBatch();
          any = true;
        }
        if (any) {
          insert.executeBatch();
        }
      }
      if (!finishedInstances.isEmpty()) {
        try (PreparedStatement delete = connection.prepareStatement(DELETE_INSTANCE)) {
          for (long key : finishedInstances) {
            delete.setLong(1, key);
            delete.addBatch();
          }
          delete.executeBatch();
        }
      }
      // Rows carry the watermark; engine_meta must hold it when rows that may carry it are deleted,
      // or when a batch handed out keys but wrote no row. Other batches skip the extra statement.
      boolean rowsWritten = position != nextPosition;
      boolean metaNeeded =
          (!finishedInstances.isEmpty() && keyWatermark != metaWatermark)
              || (!rowsWritten && keyWatermark != storedWatermark);
      if (metaNeeded) {
        try (PreparedStatement update = connection.prepareStatement(UPDATE_WATERMARK)) {
          update.setLong(1, keyWatermark);
          update.executeUpdate();
        }
      }
      connection.commit();
      nextPosition = position;
      storedWatermark = keyWatermark;
      if (metaNeeded) {
        metaWatermark = keyWatermark;
      }
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
