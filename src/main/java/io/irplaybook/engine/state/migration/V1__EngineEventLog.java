package io.irplaybook.engine.state.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The engine's event log. A Java migration rather than a SQL file because the engine migrates its
 * own tables without classpath scanning, which a packaged Quarkus application does not support for
 * arbitrary locations. The SQL is plain enough for H2 and PostgreSQL alike.
 */
public class V1__EngineEventLog extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws Exception {
    try (Statement statement = context.getConnection().createStatement()) {
      statement.execute("""
          CREATE TABLE engine_event (
            position      BIGINT      NOT NULL PRIMARY KEY,
            event_type    VARCHAR(64) NOT NULL,
            payload       TEXT        NOT NULL,
            key_watermark BIGINT      NOT NULL,
            recorded_at   BIGINT      NOT NULL
          )""");
    }
  }
}
