package io.irplaybook.engine.testing;

import io.irplaybook.engine.EmbeddedEngine;
import io.irplaybook.engine.EngineSettings;
import java.time.Duration;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * An engine in a JVM of its own, so a test can kill it with SIGKILL. Arguments: a JDBC URL and, for
 * PostgreSQL, the schema. Prints {@code PORT <n>} once it serves the gateway, then runs until
 * killed.
 */
public final class EngineProcessMain {

  private EngineProcessMain() {}

  public static void main(String[] args) throws InterruptedException {
    EmbeddedEngine engine =
        EmbeddedEngine.start(
            EngineSettings.defaults(dataSource(args))
                .withPort(0)
                .withRestPort(0)
                .withTickInterval(Duration.ofMillis(10)));
    System.out.println("PORT " + engine.port());
    System.out.flush();
    Thread.currentThread().join(); // until the test kills this process
  }

  private static DataSource dataSource(String[] args) {
    String url = args[0];
    if (url.startsWith("jdbc:h2:")) {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL(url);
      h2.setUser("sa");
      return h2;
    }
    PGSimpleDataSource pg = new PGSimpleDataSource();
    pg.setURL(url);
    pg.setUser("postgres");
    pg.setCurrentSchema(args[1]);
    return pg;
  }
}
