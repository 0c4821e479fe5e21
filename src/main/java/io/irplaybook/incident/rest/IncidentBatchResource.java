package io.irplaybook.incident.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.irplaybook.incident.IncidentProblem;
import io.irplaybook.incident.config.IncidentConfig;
import io.irplaybook.incident.service.BatchExecutor;
import io.irplaybook.incident.service.DeclarationParser;
import io.irplaybook.incident.service.IdempotencyService;
import io.irplaybook.incident.service.IncidentDeclarer;
import io.irplaybook.incident.service.Requester;
import io.irplaybook.platform.FieldError;
import io.irplaybook.platform.Problem;
import io.irplaybook.platform.ProblemException;
import io.irplaybook.platform.Roles;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * One advisory declared for many organisations at once (an MSSP's case). Every item is declared on
 * its own: a bad item gets its own 400 and the others still go through. Each item is idempotent:
 * its key is the item's {@code idempotencyKey} field, else {@code <Idempotency-Key
 * header>#<index>}, else it has none.
 */
@Path("/api/incidents/batch")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Incidents")
public class IncidentBatchResource {

  private final RequestBodies bodies;
  private final DeclarationParser parser;
  private final IncidentDeclarer declarer;
  private final IncidentConfig config;
  private final Callers callers;
  private final ObjectMapper json;
  private final BatchExecutor executor;

  IncidentBatchResource(
      RequestBodies bodies,
      DeclarationParser parser,
      IncidentDeclarer declarer,
      IncidentConfig config,
      Callers callers,
      ObjectMapper json,
      BatchExecutor executor) {
    this.bodies = bodies;
    this.parser = parser;
    this.declarer = declarer;
    this.config = config;
    this.callers = callers;
    this.json = json;
    this.executor = executor;
  }

  @POST
  @Consumes(MediaType.WILDCARD)
  @RolesAllowed({Roles.INCIDENT_COMMANDER, Roles.SOC_ANALYST, Roles.ADMIN, Roles.REPORTER})
  @Operation(
      summary = "Declare one advisory for many organisations",
      description =
          "Per-item results; a bad item fails alone. "
              + "Item key: the item's idempotencyKey, else <Idempotency-Key>#<index>.")
  @APIResponse(
      responseCode = "200",
      description = "One result per item, in order",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "results", value = IncidentExamples.BATCH_RESULT)))
  @APIResponse(
      responseCode = "400",
      description = "No items, or more than allowed",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "413",
      description = "Body over 1 MiB",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "415",
      description = "Content type is not application/json",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public BatchResult declareAll(
      @HeaderParam("Content-Type") String contentType,
      @HeaderParam("Idempotency-Key") String batchKey,
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      examples =
                          @ExampleObject(
                              name = "two organisations",
                              value = IncidentExamples.BATCH)))
          byte[] body,
      @Context HttpServerRequest request,
      @Context SecurityContext security) {
    JsonNode items = items(bodies.parse(contentType, body));
    callers.key(security, batchKey, ""); // rejects a malformed header before any item is declared
    Requester by = callers.requester(security, request);
    List<Supplier<BatchItemResult>> tasks = new ArrayList<>();
    for (int index = 0; index < items.size(); index++) {
      tasks.add(prepare(index, items.get(index), batchKey, by, security));
    }
    List<BatchItemResult> results = executor.runAll(tasks);
    int declared = (int) results.stream().filter(r -> r.status() < 300).count();
    return new BatchResult(declared, results.size() - declared, results);
  }

  /**
   * Checks one item on the request thread (the caller's identity is only there) and returns the
   * work that declares it, or its problem.
   */
  private Supplier<BatchItemResult> prepare(
      int index, JsonNode item, String batchKey, Requester by, SecurityContext security) {
    try {
      JsonNode own = item.get("idempotencyKey");
      String keyText =
          own != null && own.isTextual()
              ? own.asText()
              : batchKey == null ? null : batchKey + "#" + index;
      var key =
          callers.key(security, keyText, IdempotencyService.sha256(json.writeValueAsBytes(item)));
      var parsed = parser.parse(item);
      if (!parsed.valid()) {
        throw IncidentProblem.invalid(parsed.errors());
      }
      return () -> {
        try {
          var outcome = declarer.declare(parsed.declaration(), by, key);
          return new BatchItemResult(index, outcome.status(), outcome.body(), null);
        } catch (ProblemException e) {
          return failed(index, e);
        } catch (RuntimeException e) {
          // One item failing unexpectedly must not fail the others; its key lets the client retry
          // just it.
          return failed(
              index,
              new ProblemException(
                  500,
                  "Item not declared",
                  "This item could not be declared ("
                      + e.getClass().getSimpleName()
                      + "); send it again with the same key."));
        }
      };
    } catch (ProblemException e) {
      return () -> failed(index, e);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A parsed JSON tree always serialises", e);
    }
  }

  private static BatchItemResult failed(int index, ProblemException e) {
    return new BatchItemResult(
        index,
        e.status(),
        null,
        new Problem("about:blank", e.title(), e.status(), e.detail(), e.errors()));
  }

  private JsonNode items(JsonNode body) {
    JsonNode items = body.get("items");
    if (items == null
        || !items.isArray()
        || items.isEmpty()
        || items.size() > config.maxBatchItems()) {
      throw new ProblemException(
          400,
          "Invalid batch",
          "Expected {\"items\": [...]} with 1 to "
              + config.maxBatchItems()
              + " incident declarations.",
          List.of(
              new FieldError(
                  "items", "Expected a list of 1 to " + config.maxBatchItems() + " declarations")));
    }
    return items;
  }
}
