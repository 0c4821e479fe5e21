package io.irplaybook.incident.rest;

import io.irplaybook.platform.Problem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.irplaybook.incident.service.ProblemException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Answers a {@link ProblemException} as {@code application/problem+json}. */
@Provider
public class ProblemMapper implements ExceptionMapper<ProblemException> {

  private final ObjectMapper json;

  public ProblemMapper(ObjectMapper json) {
    this.json = json;
  }

  @Override
  public Response toResponse(ProblemException e) {
    return response(json, new Problem("about:blank", e.title(), e.status(), e.detail(), e.errors()));
  }

  /** Written as text here, so the problem type is kept whatever the client's Accept header says. */
  static Response response(ObjectMapper json, Problem problem) {
    try {
      return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(json.writeValueAsString(problem)).build();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Could not write a problem", e);
    }
  }
}
