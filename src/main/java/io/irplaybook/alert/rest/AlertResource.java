package io.irplaybook.alert.rest;

import io.irplaybook.alert.service.AlertIntake;
import io.irplaybook.alert.service.AlertIntake.Accepted;
import io.irplaybook.platform.Problem;
import io.irplaybook.platform.Roles;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Alerts from SIEMs, signed per Standard Webhooks, declared as incidents (docs/integrations.md).
 */
@Path("/api/alerts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Alerts")
public class AlertResource {

  static final int MAX_BODY = 1024 * 1024;

  private final AlertIntake intake;

  AlertResource(AlertIntake intake) {
    this.intake = intake;
  }

  @POST
  @Path("{source}")
  @Consumes(MediaType.WILDCARD)
  @RolesAllowed(Roles.ALERT_INTAKE)
  @Operation(
      summary = "Receive an alert from a configured source",
      description =
          "Verifies the Standard Webhooks signature, maps the payload by the source's format and"
              + " declares an incident, or attaches a repeat of an alert to the incident it declared.")
  @APIResponse(responseCode = "202", description = "{incidentId, created, fingerprint}")
  @APIResponse(
      responseCode = "400",
      description = "Missing or wrong signature, stale timestamp, not JSON")
  @APIResponse(responseCode = "404", description = "No such source is configured")
  @APIResponse(responseCode = "409", description = "This webhook-id was received before")
  @APIResponse(responseCode = "413", description = "Body over 1 MiB")
  @APIResponse(responseCode = "422", description = "The payload does not map to a declaration")
  @APIResponse(responseCode = "429", description = "The source's rate limit; see Retry-After")
  public Response receive(
      @PathParam("source") String source,
      @HeaderParam("webhook-id") String id,
      @HeaderParam("webhook-timestamp") String timestamp,
      @HeaderParam("webhook-signature") String signature,
      byte[] body,
      @Context HttpServerRequest request,
      @Context SecurityContext security) {
    if (body != null && body.length > MAX_BODY) {
      return Problem.response(413, "Payload Too Large", "Expected an alert of at most 1 MiB.");
    }
    String actor = security.getUserPrincipal().getName();
    String ip = request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
    try {
      Accepted accepted =
          intake.receive(
              source,
              new AlertIntake.Request(
                  id, timestamp, signature, body == null ? new byte[0] : body, actor, ip));
      return Response.status(202)
          .entity(
              Map.of(
                  "incidentId", accepted.incidentId(),
                  "created", accepted.created(),
                  "fingerprint", accepted.fingerprint()))
          .build();
    } catch (AlertIntake.RateLimited limited) {
      return Response.status(429)
          .type(Problem.MEDIA_TYPE)
          .header("Retry-After", limited.retryAfterSeconds())
          .entity(limited.problem())
          .build();
    }
  }
}
