package io.irplaybook.platform;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.sql.SQLException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.hibernate.exception.JDBCConnectionException;

/**
 * A test-only endpoint that fails the way a bug would, for the last-resort mapper; hidden from the
 * OpenAPI document so the authorisation matrix and the fuzz run do not count it.
 */
@Path("/api/test-only/broken")
@PermitAll
public class BrokenResource {

  static final String INTERNALS = "connection to db-internal-7.example.invalid:5432 refused";

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(hidden = true)
  public String fail() {
    throw new IllegalStateException(INTERNALS);
  }

  /** What Hibernate throws when PostgreSQL refuses the connection (it is down or restarting). */
  @GET
  @Path("/database-down")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(hidden = true)
  public String databaseDown() {
    throw new JDBCConnectionException(
        "Unable to acquire JDBC Connection",
        new SQLException(
            "Acquisition timeout while waiting for new connection",
            new SQLException("Connection to " + INTERNALS, "08001")));
  }
}
