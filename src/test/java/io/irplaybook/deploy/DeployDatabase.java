package io.irplaybook.deploy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The PostgreSQL database the packaged-app tests run on: its own ({@code irp_deploy} unless {@code
 * -Dirp.test.deploy-database=...}), never the suite's {@code test}, recreated empty for each test
 * so "migrated once" and "deployed once" are about this run only.
 */
final class DeployDatabase {

  private static final String SERVER =
      System.getProperty("irp.test.deploy-server", "127.0.0.1:5432");
  private static final String USER = System.getProperty("irp.test.deploy-user", "postgres");
  static final String NAME = System.getProperty("irp.test.deploy-database", "irp_deploy");

  private DeployDatabase() {}

  static String jdbcUrl() {
    return "jdbc:postgresql://" + SERVER + "/" + NAME;
  }

  /** Drops and creates the database (connections left over from an aborted run are closed). */
  static void recreate() throws SQLException {
    try (Connection admin =
            DriverManager.getConnection("jdbc:postgresql://" + SERVER + "/postgres", USER, "");
        Statement statement = admin.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + NAME + " WITH (FORCE)");
      statement.execute("CREATE DATABASE " + NAME);
    }
  }

  /** The environment that points the packaged application at this database: nothing else needed. */
  static Map<String, String> environment() {
    return Map.of(
        "QUARKUS_DATASOURCE_JDBC_URL",
        jdbcUrl(),
        "QUARKUS_DATASOURCE_USERNAME",
        USER,
        "QUARKUS_DATASOURCE_PASSWORD",
        "");
  }

  /** Rows of a query, each row its columns as strings. */
  static List<List<String>> query(String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(jdbcUrl(), USER, "");
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      List<List<String>> result = new ArrayList<>();
      int columns = rows.getMetaData().getColumnCount();
      while (rows.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= columns; i++) {
          row.add(rows.getString(i));
        }
        result.add(row);
      }
      return result;
    }
  }

  /** The Flyway history tables present (the service's and the engine's). */
  static List<String> historyTables() throws SQLException {
    return query(
            "select table_name from information_schema.tables where table_schema = 'public' and table_name like '%schema_history'")
        .stream()
        .map(row -> row.get(0))
        .toList();
  }
}
