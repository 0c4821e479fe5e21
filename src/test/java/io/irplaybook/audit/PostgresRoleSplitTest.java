package io.irplaybook.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Issue 16, "the application's database role needs INSERT/SELECT only on the audit table": runs the
 * role-split SQL of docs/audit.md (with names of its own) on a new database, migrates it as the
 * owner as Quarkus would with quarkus.flyway.username, and then, connected as the application role,
 * appends and reads but cannot change, remove or truncate a record, nor disable the trigger.
 */
@EnabledIfSystemProperty(named = "irp.test.db", matches = "postgresql")
class PostgresRoleSplitTest {

  private static final Path DOC = Path.of("docs", "audit.md");
  private static final String PASSWORD = "role-split-test";

  private final String suffix = UUID.randomUUID().toString().substring(0, 8);
  private final String owner = "irp_owner_" + suffix;
  private final String app = "irp_app_" + suffix;
  private final String database = "irp_roles_" + suffix;
  private String serverUrl;

  @BeforeEach
  void createRolesAndDatabaseAsTheDocumentSays() throws Exception {
    String url =
        System.getProperty("irp.test.jdbc-url.postgresql", "jdbc:postgresql://127.0.0.1:5432/test");
    serverUrl = url.substring(0, url.lastIndexOf('/') + 1);
    try (Connection admin = DriverManager.getConnection(serverUrl + "postgres", "postgres", "")) {
      run(admin, sqlBlock("role-split: cluster"));
    }
    try (Connection admin = DriverManager.getConnection(serverUrl + database, "postgres", "")) {
      run(admin, sqlBlock("role-split: database"));
    }
    Flyway.configure()
        .dataSource(serverUrl + database, owner, PASSWORD)
        .locations("classpath:db/migration", "classpath:db/vendor/postgresql")
        .load()
        .migrate();
  }

  @AfterEach
  void dropThem() throws Exception {
    try (Connection admin = DriverManager.getConnection(serverUrl + "postgres", "postgres", "")) {
      run(
          admin,
          List.of(
              "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)",
              "DROP ROLE IF EXISTS " + app,
              "DROP ROLE IF EXISTS " + owner));
    }
  }

  @Test
  void shouldLetTheApplicationRoleAppendAndReadButNeverChangeRemoveOrTruncateARecord()
      throws Exception {
    try (Connection sql = DriverManager.getConnection(serverUrl + database, app, PASSWORD)) {
      // given an append as the service makes it (lock, then insert)
      assertThatCode(
              () -> {
                sql.createStatement()
                    .executeQuery("SELECT id FROM audit_chain_lock WHERE id = 1 FOR UPDATE")
                    .close();
                sql.createStatement()
                    .executeUpdate(
                        "INSERT INTO audit_record (seq, recorded_at, actor, action, result, details,"
                            + " prev_hash, hash) VALUES (1, now(), 'alice', 'task.claimed',"
                            + " 'success', '{}', repeat('0', 64), repeat('1', 64))");
              })
          .doesNotThrowAnyException();
      var rows = sql.createStatement().executeQuery("SELECT count(*) FROM audit_record");
      rows.next();
      assertThat(rows.getLong(1)).isEqualTo(1);

      // when / then
      for (String statement :
          List.of(
              "UPDATE audit_record SET actor = 'mallory' WHERE seq = 1",
              "DELETE FROM audit_record WHERE seq = 1",
              "TRUNCATE audit_record")) {
        assertThatThrownBy(() -> sql.createStatement().execute(statement))
            .as(statement)
            .isInstanceOf(SQLException.class)
            .hasMessageContaining("permission denied for table audit_record");
      }
      assertThatThrownBy(
              () ->
                  sql.createStatement()
                      .execute("ALTER TABLE audit_record DISABLE TRIGGER audit_record_append_only"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("must be owner");
      // while the other features' tables stay writable through the default privileges
      assertThatCode(() -> sql.createStatement().executeUpdate("DELETE FROM inbox_comment"))
          .doesNotThrowAnyException();
    }
  }

  /** The statements of the ```sql block that follows {@code <!-- marker -->} in docs/audit.md. */
  private List<String> sqlBlock(String marker) throws Exception {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    int at = doc.indexOf("<!-- " + marker + " -->");
    assertThat(at).as("docs/audit.md holds <!-- " + marker + " -->").isNotNegative();
    int start = doc.indexOf("```sql\n", at) + "```sql\n".length();
    String block = doc.substring(start, doc.indexOf("```", start));
    block =
        block
            .replace("irp_owner", owner)
            .replace("irp_app", app)
            .replace("'change-me'", "'" + PASSWORD + "'")
            .replaceAll("\\birp\\b", database);
    var statements = new ArrayList<String>();
    for (String statement : block.replaceAll("(?m)^--.*$", "").split(";")) {
      if (!statement.isBlank()) {
        statements.add(statement.strip());
      }
    }
    return statements;
  }

  private static void run(Connection connection, List<String> statements) throws SQLException {
    for (String statement : statements) {
      connection.createStatement().execute(statement);
    }
  }
}
