package io.irplaybook.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Tells a database that is down or restarting apart from a bug, so that callers get 503 with
 * Retry-After (send it again shortly) instead of the 500 that asks them to report an error. Found
 * by the PostgreSQL restart rehearsal (docs/operations.md): during the outage declarations, ticks
 * and completions answered the generic 500.
 */
final class DatabaseOutage {

  /** Seconds a client waits before sending again: about how long PostgreSQL takes to restart. */
  static final int RETRY_AFTER_SECONDS = 10;

  /** Agroal's message when no connection could be had within the acquisition timeout. */
  private static final String POOL_EXHAUSTED = "Acquisition timeout";

  private DatabaseOutage() {}

  /**
   * The SQLException saying the database cannot be reached: SQLState class 08 (connection
   * exception: refused, broken, closed), 57P01 to 57P03 (the server shutting down, crashed or still
   * starting), or the pool giving up waiting for a connection it could not open.
   */
  static Optional<SQLException> cause(Throwable e) {
    return FrameworkProblems.findSql(e, DatabaseOutage::unreachable);
  }

  private static boolean unreachable(SQLException sql) {
    String state = sql.getSQLState();
    if (state != null) {
      return state.startsWith("08") || state.startsWith("57P");
    }
    return sql.getMessage() != null && sql.getMessage().startsWith(POOL_EXHAUSTED);
  }

  static Response response(ObjectMapper json) {
    Problem problem =
        Problem.of(
            503,
            "Service Unavailable",
            "The database is unreachable (down or restarting), so this request could not be"
                + " finished; send it again in "
                + RETRY_AFTER_SECONDS
                + " seconds (an Idempotency-Key makes a repeated declaration safe).");
    return Response.fromResponse(ProblemMapper.response(json, problem))
        .header("Retry-After", String.valueOf(RETRY_AFTER_SECONDS))
        .build();
  }
}
