package io.irplaybook.security.rest;

import io.irplaybook.security.SecurityProblem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/** Answers a refused security request as application/problem+json with a sentence saying what to fix. */
@Provider
public class SecurityProblemMapper implements ExceptionMapper<SecurityProblem> {

  @Override
  public Response toResponse(SecurityProblem problem) {
    return Response.status(problem.status())
        .type("application/problem+json")
        .entity(Map.of("type", "about:blank", "title", Response.Status.fromStatusCode(problem.status()).getReasonPhrase(),
            "status", problem.status(), "detail", problem.getMessage()))
        .build();
  }
}
