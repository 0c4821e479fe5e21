package io.irplaybook.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;

/**
 * The database's raw commit rate: insert one row, commit, repeat. Every command the engine
 * acknowledges must be committed first, so a single committer can never beat the one-connection
 * figure; it is the ceiling against which the engine's jobs/s should be read. The same loop on
 * several connections at once shows how much a database gains from committing concurrently
 * (PostgreSQL flushes the WAL for several waiting commits at once), which is what batching or
 * parallel committing in the engine could win.
 */
final class CommitRateProbe {

  private static final String TABLE = "bench_commit_probe";

  /** Gives each connection its own id range so concurrent loops never collide on the key. */
  private static final long IDS_PER_CONNECTION = 1L << 40;

  private static final long WARMUP_NANOS = 1_000_000_000L;

  record Result(
      int connections,
      long commits,
      double seconds,
      double commitsPerSecond,
      double meanCommitMicros) {}

  static Result run(DataSource dataSource, Duration duration, int connections)
      throws SQLException, InterruptedException, ExecutionException {
    try (var connection = dataSource.getConnection();
        var ddl = connection.createStatement()) {
      ddl.execute(
          "CREATE TABLE " + TABLE + " (id BIGINT PRIMARY KEY, payload VARCHAR(64) NOT NULL)");
    }
    var pool = Executors.newFixedThreadPool(connections);
    try {
      // Untimed first pass: JIT and the pool's connections warmed, so the figure is the database's.
      try (var connection = dataSource.getConnection()) {
        commitLoop(connection, -IDS_PER_CONNECTION, System.nanoTime() + WARMUP_NANOS);
      }
      long start = System.nanoTime();
      long end = start + duration.toNanos();
      var loops = new ArrayList<Future<Long>>();
      for (int c = 0; c < connections; c++) {
        long firstId = c * IDS_PER_CONNECTION;
        loops.add(
            pool.submit(
                (Callable<Long>)
                    () -> {
                      try (var connection = dataSource.getConnection()) {
                        return commitLoop(connection, firstId, end);
                      }
                    }));
      }
      long commits = 0;
      for (var loop : loops) {
        commits += loop.get();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      // Mean time one connection waits per commit (each connection commits serially).
      double meanMicros = seconds * 1e6 * connections / Math.max(1, commits);
      return new Result(connections, commits, seconds, commits / seconds, meanMicros);
    } finally {
      pool.shutdownNow();
      try (var connection = dataSource.getConnection();
          var ddl = connection.createStatement()) {
        ddl.execute("DROP TABLE " + TABLE);
      }
    }
  }

  private static long commitLoop(Connection connection, long firstId, long endNanos)
      throws SQLException {
    connection.setAutoCommit(false);
    long commits = 0;
    try (var insert =
        connection.prepareStatement("INSERT INTO " + TABLE + " (id, payload) VALUES (?, ?)")) {
      // Bounded by time: the loop stops by itself whatever the database does.
      while (System.nanoTime() < endNanos) {
        insert.setLong(1, firstId + commits);
        insert.setString(2, "probe");
        insert.executeUpdate();
        connection.commit();
        commits++;
      }
    } finally {
      connection.setAutoCommit(true);
    }
    return commits;
  }

  private CommitRateProbe() {}
}
