package io.irplaybook.bench;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import io.agroal.api.security.NamePrincipal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * A fresh, empty database for one benchmark run behind an Agroal pool (the pool the service itself
 * runs on), so the engine's figures are not flattered or hurt by state left from an earlier run. H2
 * gets a new file under target/bench; PostgreSQL gets a new schema in database {@code test}.
 */
final class BenchDatabase implements AutoCloseable {

  private static final String PG_ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/test";

  private final BenchSettings settings;
  private final AgroalDataSource dataSource;
  private final String jdbcUrl;
  private final String schema;
  private final Path h2Dir;
  private final String description;

  private BenchDatabase(BenchSettings settings, String jdbcUrl, String schema, Path h2Dir)
      throws SQLException {
    this.settings = settings;
    this.jdbcUrl = jdbcUrl;
    this.schema = schema;
    this.h2Dir = h2Dir;
    this.dataSource =
        AgroalDataSource.from(
            new AgroalDataSourceConfigurationSupplier()
                .connectionPoolConfiguration(
                    pool ->
                        pool.initialSize(2)
                            .minSize(2)
                            .maxSize(settings.poolSize())
                            .acquisitionTimeout(Duration.ofSeconds(30))
                            .connectionFactoryConfiguration(
                                factory -> {
                                  factory.jdbcUrl(jdbcUrl);
                                  if (settings.db().equals("postgresql")) {
                                    factory.principal(new NamePrincipal(settings.pgUser()));
                                  } else {
                                    factory.principal(new NamePrincipal("sa"));
                                  }
                                  return factory;
                                })));
    try (var connection = dataSource.getConnection()) {
      var meta = connection.getMetaData();
      this.description = meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
    }
  }

  static BenchDatabase open(BenchSettings settings) throws SQLException, IOException {
    var stamp = Long.toString(System.currentTimeMillis());
    if (settings.db().equals("h2")) {
      var dir = settings.outDir().resolve("h2");
      deleteRecursively(dir);
      Files.createDirectories(dir);
      var url =
          settings.jdbcUrl().isEmpty()
              ? "jdbc:h2:file:" + dir.resolve("bench-" + stamp) + settings.h2Options()
              : settings.jdbcUrl();
      return new BenchDatabase(settings, url, null, dir);
    }
    // A schema of its own: the CI suite and developers use `public` in the same database.
    var schema = "bench_" + stamp;
    var adminUrl = settings.jdbcUrl().isEmpty() ? PG_ADMIN_URL : settings.jdbcUrl();
    try (var admin = DriverManager.getConnection(adminUrl, settings.pgUser(), "");
        var statement = admin.createStatement()) {
      statement.execute("CREATE SCHEMA " + schema);
    }
    var separator = adminUrl.contains("?") ? "&" : "?";
    return new BenchDatabase(
        settings, adminUrl + separator + "currentSchema=" + schema, schema, null);
  }

  DataSource dataSource() {
    return dataSource;
  }

  /**
   * Product and version, for the report: a figure means little without the database it was taken
   * on.
   */
  String description() {
    return description;
  }

  String jdbcUrl() {
    return jdbcUrl;
  }

  @Override
  public void close() throws Exception {
    dataSource.close();
    if (settings.keepData()) {
      System.out.println("Kept the benchmark data: " + jdbcUrl);
      return;
    }
    if (schema != null) {
      var adminUrl = settings.jdbcUrl().isEmpty() ? PG_ADMIN_URL : settings.jdbcUrl();
      try (var admin = DriverManager.getConnection(adminUrl, settings.pgUser(), "");
          var statement = admin.createStatement()) {
        statement.execute("DROP SCHEMA " + schema + " CASCADE");
      }
    }
    if (h2Dir != null) {
      deleteRecursively(h2Dir);
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (var path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
