package io.irplaybook.slack.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.irplaybook.platform.Problem;
import io.irplaybook.slack.service.SlackCommands;
import io.irplaybook.slack.service.SlackGate;
import io.irplaybook.slack.service.SlackInteractions;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What Slack calls: button presses (interactivity) and the {@code /irp} slash command. Neither
 * carries a token of ours; each is verified with the Slack app's signing secret instead
 * (docs/integrations.md). The body is read raw because the signature covers its exact bytes.
 */
@Path("/api/slack")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Slack")
public class SlackResource {

  static final int MAX_BODY = 64 * 1024;
  static final String TIMESTAMP = "X-Slack-Request-Timestamp";
  static final String SIGNATURE = "X-Slack-Signature";

  private final SlackGate gate;
  private final SlackInteractions interactions;
  private final SlackCommands commands;

  SlackResource(SlackGate gate, SlackInteractions interactions, SlackCommands commands) {
    this.gate = gate;
    this.interactions = interactions;
    this.commands = commands;
  }

  @POST
  @Path("interactions")
  @Consumes(MediaType.WILDCARD)
  @Operation(
      summary = "Slack interactivity: a button press on a task notice",
      description =
          "Signed by Slack (X-Slack-Signature); Claim claims the task as the linked user.")
  @APIResponse(responseCode = "200", description = "Handled; the answer goes to response_url")
  @APIResponse(responseCode = "401", description = "Missing, wrong or stale Slack signature")
  @APIResponse(responseCode = "404", description = "Slack is not configured")
  @APIResponse(responseCode = "429", description = "irp.slack.rate-limit; see Retry-After")
  public Response interactions(
      @HeaderParam(TIMESTAMP) String timestamp,
      @HeaderParam(SIGNATURE) String signature,
      byte[] body,
      @Context HttpServerRequest request) {
    return handle("interactions", timestamp, signature, body, request);
  }

  @POST
  @Path("commands")
  @Consumes(MediaType.WILDCARD)
  @Operation(
      summary = "Slack slash command /irp",
      description = "Signed by Slack; answers status INC-..., mine and help for the linked user.")
  @APIResponse(responseCode = "200", description = "Slack's message JSON")
  @APIResponse(responseCode = "401", description = "Missing, wrong or stale Slack signature")
  @APIResponse(responseCode = "404", description = "Slack is not configured")
  @APIResponse(responseCode = "429", description = "irp.slack.rate-limit; see Retry-After")
  public Response commands(
      @HeaderParam(TIMESTAMP) String timestamp,
      @HeaderParam(SIGNATURE) String signature,
      byte[] body,
      @Context HttpServerRequest request) {
    return handle("commands", timestamp, signature, body, request);
  }

  private Response handle(
      String endpoint, String timestamp, String signature, byte[] body, HttpServerRequest request) {
    if (body != null && body.length > MAX_BODY) {
      return Problem.response(
          413, "Payload Too Large", "Expected a Slack request of at most 64 KiB.");
    }
    byte[] raw = body == null ? new byte[0] : body;
    String ip = request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
    try {
      gate.admit(new SlackGate.Arrival(endpoint, timestamp, signature, raw, ip));
    } catch (SlackGate.Refused refused) {
      Response.ResponseBuilder answer =
          Response.status(refused.status())
              .type(Problem.MEDIA_TYPE)
              .entity(Problem.of(refused.status(), refused.title(), refused.getMessage()));
      if (refused.retryAfterSeconds() > 0) {
        answer.header("Retry-After", refused.retryAfterSeconds());
      }
      return answer.build();
    }
    ObjectNode reply =
        endpoint.equals("commands") ? commands.handle(raw, ip) : interactions.handle(raw, ip);
    return reply == null ? Response.ok().build() : Response.ok(reply).build();
  }
}
