package io.irplaybook.audit.rest;

import io.irplaybook.audit.AuditEvent;
import io.irplaybook.audit.AuditRecord;
import io.irplaybook.audit.AuditTrail;
import io.irplaybook.audit.service.AuditExporter;
import io.irplaybook.audit.service.ChainVerification;
import io.irplaybook.audit.service.ExportFormat;
import io.irplaybook.audit.service.ExportRequest;
import io.irplaybook.audit.service.StoredChainVerifier;
import io.irplaybook.platform.Problem;
import io.irplaybook.platform.Roles;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Read-only access to the audit trail for auditors and administrators: export, chain check and one
 * incident's records. There is no endpoint that changes a record, by design.
 */
@Path("/api/audit")
@RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
public class AuditResource {

  private final AuditTrail trail;
  private final AuditExporter exporter;
  private final StoredChainVerifier verifier;
  private final Clock clock;

  public AuditResource(
      AuditTrail trail, AuditExporter exporter, StoredChainVerifier verifier, Clock clock) {
    this.trail = trail;
    this.exporter = exporter;
    this.verifier = verifier;
    this.clock = clock;
  }

  /** Streams the records (JSONL, CSV or OCSF) with a signed manifest at the end. */
  @GET
  @Path("/export")
  public Response export(
      @QueryParam("format") String format,
      @QueryParam("incident") String incident,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @Context HttpServerRequest http,
      @Context SecurityContext security) {
    ExportFormat exportFormat;
    try {
      exportFormat = ExportFormat.named(format);
    } catch (IllegalArgumentException e) {
      throw Problem.badRequest(e.getMessage());
    }
    var request =
        new ExportRequest(
            exportFormat, blankToNull(incident), instant("from", from), instant("to", to));
    // SecurityContext rather than SecurityIdentity: the service has no security extension of its
    // own yet.
    String actor =
        security.getUserPrincipal() == null ? "anonymous" : security.getUserPrincipal().getName();
    trail.append(
        AuditEvent.of(actor, "audit.exported", "audit-export", exportFormat.name())
            .sourceIp(
                http == null || http.remoteAddress() == null
                    ? null
                    : http.remoteAddress().hostAddress())
            .incident(request.incidentId())
            .detail("format", exportFormat.name())
            .detail("from", from == null ? "" : from)
            .detail("to", to == null ? "" : to)
            .build());
    StreamingOutput body =
        output -> {
          try {
            exporter.export(request, output);
          } catch (IOException e) {
            throw e;
          } catch (Exception e) {
            throw new IOException("Audit export failed: " + e.getMessage(), e);
          }
        };
    String file = "audit-" + clock.instant().toEpochMilli() + "." + exportFormat.fileExtension();
    return Response.ok(body, exportFormat.mediaType() + "; charset=utf-8")
        .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
        .build();
  }

  /** Recomputes the stored chain from record 1 and names the first record that does not check. */
  @GET
  @Path("/verify")
  @Produces(MediaType.APPLICATION_JSON)
  public ChainVerification verify() throws Exception {
    return verifier.verify();
  }

  /** One incident's records, oldest first. */
  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public List<AuditRecord> forIncident(
      @QueryParam("incident") String incident, @QueryParam("limit") Integer limit) {
    if (incident == null || incident.isBlank()) {
      throw Problem.badRequest(
          "Name the incident: GET /api/audit?incident=INC-2026-0042 (or use /api/audit/export for everything)");
    }
    return trail.forIncident(incident, limit == null ? 1000 : Math.min(Math.max(limit, 1), 10_000));
  }

  private static Instant instant(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw Problem.badRequest(
          "Expected '"
              + name
              + "' as an ISO-8601 UTC instant such as 2026-01-31T09:00:00Z, but got '"
              + value
              + "'");
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
