package io.irplaybook.audit.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/** An RFC 9457 problem response with a sentence saying what to fix. */
final class Problem {

  static final String MEDIA_TYPE = "application/problem+json";

  private Problem() {}

  static WebApplicationException badRequest(String detail) {
    return new WebApplicationException(Response.status(400).type(MEDIA_TYPE)
        .entity(Map.of("type", "about:blank", "title", "Bad Request", "status", 400, "detail", detail)).build());
  }
}
