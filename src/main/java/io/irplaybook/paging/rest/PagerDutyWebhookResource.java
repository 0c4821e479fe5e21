package io.irplaybook.paging.rest;

import io.irplaybook.paging.service.PagerDutyWebhooks;
import io.irplaybook.platform.Problem;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * PagerDuty V3 webhooks (a Generic Webhook V3 subscription): acknowledgements and resolutions of
 * our pages, recorded on the incident's timeline. PagerDuty sends no token of ours; the
 * subscription's signature is the authentication (docs/integrations.md).
 */
@Path("/api/pagerduty/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Paging")
public class PagerDutyWebhookResource {

  static final int MAX_BODY = 256 * 1024;

  private final PagerDutyWebhooks webhooks;

  PagerDutyWebhookResource(PagerDutyWebhooks webhooks) {
    this.webhooks = webhooks;
  }

  @POST
  @Consumes(MediaType.WILDCARD)
  @Operation(
      summary = "Receive a PagerDuty V3 webhook",
      description =
          "Verifies X-PagerDuty-Signature; incident.acknowledged and incident.resolved of our"
              + " pages are recorded on the incident's timeline, other events are ignored.")
  @APIResponse(responseCode = "202", description = "Accepted (recorded or ignored)")
  @APIResponse(responseCode = "401", description = "Missing or wrong signature")
  @APIResponse(responseCode = "404", description = "PagerDuty webhooks are not configured")
  @APIResponse(responseCode = "429", description = "irp.paging.webhook-rate-limit; see Retry-After")
  public Response receive(
      @HeaderParam("X-PagerDuty-Signature") String signature,
      byte[] body,
      @Context HttpServerRequest request) {
    if (body != null && body.length > MAX_BODY) {
      return Problem.response(413, "Payload Too Large", "Expected a webhook of at most 256 KiB.");
    }
    String ip = request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
    try {
      PagerDutyWebhooks.Outcome outcome =
          webhooks.receive(signature, body == null ? new byte[0] : body, ip);
      return Response.status(202)
          .entity(
              outcome.recorded() == null
                  ? Map.of("recorded", false)
                  : Map.of(
                      "recorded", true,
                      "action", outcome.recorded(),
                      "incidentId", outcome.incidentId()))
          .build();
    } catch (PagerDutyWebhooks.Refused refused) {
      Response.ResponseBuilder answer =
          Response.status(refused.status())
              .type(Problem.MEDIA_TYPE)
              .entity(Problem.of(refused.status(), refused.title(), refused.getMessage()));
      if (refused.retryAfterSeconds() > 0) {
        answer.header("Retry-After", refused.retryAfterSeconds());
      }
      return answer.build();
    }
  }
}
