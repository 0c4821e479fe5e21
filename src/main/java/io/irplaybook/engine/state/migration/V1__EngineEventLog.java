package io.irplaybook.engine.state.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The engine's event log and its one piece of metadata. A Java migration rather than a SQL file
 * because the engine migrates its own tables without classpath scanning, which a packaged Quarkus
 * application does not offer for arbitrary locations. The SQL suits H2 and PostgreSQL alike.
 */
public class V1__EngineEventLog extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws Exception {
    try (Statement statement = context.getConnection().createStatement()) {
      statement.execute(
          """
          CREATE TABLE engine_event (
            position             BIGINT      NOT NULL PRIMARY KEY,
            process_instance_key BIGINT      NOT NULL,
            event_type           VARCHAR(64) NOT NULL,
            payload              TEXT        NOT NULL,
            key_watermark        BIGINT      NOT NULL,
            recorded_at          BIGINT      NOT NULL
          )""");
      // finished instances are deleted by key
      statement.execute(
          "CREATE INDEX engine_event_by_instance ON engine_event (process_instance_key)");
      // the highest key handed out when rows that held it were deleted: keys must never repeat
      statement.execute(
          "CREATE TABLE engine_meta (name VARCHAR(64) NOT NULL PRIMARY KEY, long_value BIGINT NOT NULL)");
      statement.execute("INSERT INTO engine_meta (name, long_value) VALUES ('key_watermark', 0)");
    }
  }
}
