package io.irplaybook.incident.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.irplaybook.audit.AuditTrail;
import io.irplaybook.incident.IncidentProblem;
import io.irplaybook.incident.IncidentReader;
import io.irplaybook.incident.IncidentStatus;
import io.irplaybook.incident.IncidentView;
import io.irplaybook.incident.OpenSteps;
import io.irplaybook.incident.config.IncidentConfig;
import io.irplaybook.incident.service.DeclarationParser;
import io.irplaybook.incident.service.IdempotencyService;
import io.irplaybook.incident.service.IncidentCanceller;
import io.irplaybook.incident.service.IncidentDeclarer;
import io.irplaybook.incident.service.IncidentQueries;
import io.irplaybook.incident.service.IncidentViews;
import io.irplaybook.incident.service.StuckStarts;
import io.irplaybook.platform.FieldError;
import io.irplaybook.platform.Problem;
import io.irplaybook.platform.ProblemException;
import io.irplaybook.platform.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Declaring, reading and cancelling incidents. Roles: declare, read (every role), cancel and retry
 * a stuck start.
 */
@Path("/api/incidents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Incidents")
public class IncidentResource {

  private final RequestBodies bodies;
  private final DeclarationParser parser;
  private final IncidentDeclarer declarer;
  private final IncidentQueries queries;
  private final IncidentCanceller canceller;
  private final IncidentViews views;
  private final OpenSteps openSteps;
  private final AuditTrail audit;
  private final IncidentConfig config;
  private final Callers callers;
  private final StuckStarts stuckStarts;
  private final SecurityIdentity caller;

  IncidentResource(
      RequestBodies bodies,
      DeclarationParser parser,
      IncidentDeclarer declarer,
      IncidentQueries queries,
      IncidentCanceller canceller,
      IncidentViews views,
      OpenSteps openSteps,
      AuditTrail audit,
      IncidentConfig config,
      Callers callers,
      StuckStarts stuckStarts,
      SecurityIdentity caller) {
    this.bodies = bodies;
    this.parser = parser;
    this.declarer = declarer;
    this.queries = queries;
    this.canceller = canceller;
    this.views = views;
    this.openSteps = openSteps;
    this.audit = audit;
    this.config = config;
    this.callers = callers;
    this.stuckStarts = stuckStarts;
    this.caller = caller;
  }

  @POST
  @Consumes(MediaType.WILDCARD)
  @RolesAllowed({Roles.INCIDENT_COMMANDER, Roles.SOC_ANALYST, Roles.ADMIN, Roles.REPORTER})
  @Operation(
      summary = "Declare an incident",
      description =
          "Answers the tier at once and starts incident-response. "
              + "With an Idempotency-Key, a retry with the identical body returns the first answer and starts nothing.")
  @APIResponse(
      responseCode = "201",
      description = "Declared and started",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "started", value = IncidentExamples.INCIDENT)))
  @APIResponse(
      responseCode = "202",
      description = "Stored as PENDING_START: the engine is unreachable; started when it is back",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "pending", value = IncidentExamples.PENDING)))
  @APIResponse(
      responseCode = "400",
      description = "Invalid input; nothing stored",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              examples = @ExampleObject(name = "invalid", value = IncidentExamples.INVALID)))
  @APIResponse(
      responseCode = "409",
      description = "The first request with this Idempotency-Key is still running")
  @APIResponse(
      responseCode = "413",
      description = "Body over 1 MiB",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "415",
      description = "Content type is not application/json",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "422",
      description = "Idempotency-Key reused with another body",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              examples = @ExampleObject(name = "key reused", value = IncidentExamples.KEY_REUSED)))
  public Response declare(
      @HeaderParam("Content-Type") String contentType,
      @HeaderParam("Idempotency-Key") String idempotencyKey,
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      examples =
                          @ExampleObject(name = "Acme KK", value = IncidentExamples.DECLARATION)))
          byte[] body,
      @Context UriInfo uri,
      @Context HttpServerRequest request,
      @Context SecurityContext security) {
    JsonNode json = bodies.parse(contentType, body);
    var key = callers.key(security, idempotencyKey, IdempotencyService.sha256(body));
    var parsed = parser.parse(json);
    if (!parsed.valid()) {
      throw IncidentProblem.invalid(parsed.errors());
    }
    var outcome = declarer.declare(parsed.declaration(), callers.requester(security, request), key);
    return Response.status(outcome.status())
        .location(uri.getBaseUriBuilder().path("api/incidents").path(outcome.incidentId()).build())
        .type(MediaType.APPLICATION_JSON)
        .entity(outcome.body())
        .build();
  }

  @GET
  @RolesAllowed({Roles.ANY_RESPONDER, Roles.ADMIN, Roles.AUDITOR, Roles.REPORTER})
  @Operation(
      summary = "List incidents",
      description =
          "Newest first; filter by status, tier and text (title, id, organisation). Need to know:"
              + " commanders, auditors and admins see every incident, anybody else those they"
              + " declared or hold, held or are offered a step of.")
  public IncidentQueries.PageOf list(
      @QueryParam("status") String status,
      @QueryParam("tier") String tier,
      @QueryParam("q") String text,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("20") int size) {
    List<FieldError> errors = new ArrayList<>();
    IncidentStatus statusFilter = null;
    if (status != null) {
      try {
        statusFilter = IncidentStatus.valueOf(status.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        errors.add(new FieldError("status", "Expected one of " + List.of(IncidentStatus.values())));
      }
    }
    if (tier != null && !List.of("small", "mid", "large").contains(tier)) {
      errors.add(new FieldError("tier", "Expected one of [small, mid, large]"));
    }
    if (page < 0) {
      errors.add(new FieldError("page", "Expected a page number of 0 or more"));
    }
    if (size < 1 || size > 100) {
      errors.add(new FieldError("size", "Expected a page size from 1 to 100"));
    }
    if (!errors.isEmpty()) {
      throw new ProblemException(
          400, "Invalid query", "Fix the query parameters listed in 'errors'.", errors);
    }
    return queries.list(IncidentReader.of(caller), statusFilter, tier, text, page, size);
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Roles.ANY_RESPONDER, Roles.ADMIN, Roles.AUDITOR, Roles.REPORTER})
  @Operation(summary = "One incident, with its open steps and who holds them")
  @APIResponse(
      responseCode = "200",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "incident", value = IncidentExamples.INCIDENT)))
  @APIResponse(
      responseCode = "404",
      description = "Unknown id, or an incident the caller has no need to know (see the list)",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public IncidentView get(@PathParam("id") String id) {
    return queries.get(id, IncidentReader.of(caller)).withOpenSteps(openSteps.forIncident(id));
  }

  @GET
  @Path("{id}/timeline")
  @RolesAllowed({Roles.ANY_RESPONDER, Roles.ADMIN, Roles.AUDITOR, Roles.REPORTER})
  @Operation(summary = "What happened to the incident, oldest first (from the audit trail)")
  @APIResponse(
      responseCode = "200",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "timeline", value = IncidentExamples.TIMELINE)))
  @APIResponse(
      responseCode = "404",
      description = "Unknown id, or an incident the caller has no need to know",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public List<TimelineEntry> timeline(@PathParam("id") String id) {
    queries.get(id, IncidentReader.of(caller));
    return audit.forIncident(id, config.timelineLimit()).stream().map(TimelineEntry::of).toList();
  }

  @POST
  @Path("{id}/cancel")
  @Consumes(MediaType.WILDCARD)
  @RolesAllowed({Roles.INCIDENT_COMMANDER, Roles.ADMIN})
  @Operation(summary = "Cancel an incident and its process instance (reason required)")
  @APIResponse(responseCode = "200", description = "Cancelled")
  @APIResponse(
      responseCode = "409",
      description = "Already closed or cancelled",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "503",
      description = "Engine unreachable; nothing changed",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public IncidentView cancel(
      @PathParam("id") String id,
      @HeaderParam("Content-Type") String contentType,
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      examples = @ExampleObject(name = "reason", value = IncidentExamples.CANCEL)))
          byte[] body,
      @Context HttpServerRequest request,
      @Context SecurityContext security) {
    return views.of(
        canceller.cancel(
            id,
            reason(contentType, body, "Say why the incident is cancelled; nothing was changed."),
            callers.requester(security, request)));
  }

  @POST
  @Path("{id}/retry-start")
  @Consumes(MediaType.WILDCARD)
  @RolesAllowed({Roles.INCIDENT_COMMANDER, Roles.ADMIN})
  @Operation(
      summary =
          "Resolve at once the start of an incident left STARTING by a crash (reason required)",
      description =
          "For an incident whose start began more than irp.incident.stuck-start-after ago and never finished "
              + "(the service stopped between creating the process instance and recording it): the incident-response "
              + "instance carrying its incidentId is recorded if one exists, the incident started if none does. "
              + "The service does the same by itself every irp.incident.pending-start-interval.")
  @APIResponse(
      responseCode = "200",
      description =
          "Resolved: the incident is ACTIVE (its instance recorded or started), or PENDING_START if the engine is away")
  @APIResponse(
      responseCode = "409",
      description = "Not stuck: another status, a start still in progress, or resolved meanwhile",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public IncidentView retryStart(
      @PathParam("id") String id,
      @HeaderParam("Content-Type") String contentType,
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      examples =
                          @ExampleObject(name = "reason", value = IncidentExamples.RETRY_START)))
          byte[] body,
      @Context HttpServerRequest request,
      @Context SecurityContext security) {
    String reason =
        reason(
            contentType, body, "Say what was checked before starting again; nothing was changed.");
    return views.of(stuckStarts.retry(id, reason, callers.requester(security, request)));
  }

  /** The required {@code reason} of a body such as {@code {"reason": "..."}}, stripped. */
  private String reason(String contentType, byte[] body, String whatToSay) {
    JsonNode json = bodies.parse(contentType, body);
    JsonNode reason = json.get("reason");
    if (reason == null
        || !reason.isTextual()
        || reason.asText().isBlank()
        || reason.asText().length() > 2000) {
      throw new ProblemException(
          400,
          "Reason required",
          whatToSay,
          List.of(
              new FieldError("reason", "Expected a non-empty text of at most 2000 characters")));
    }
    return reason.asText().strip();
  }
}
