package io.irplaybook.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The one mapper: answers every {@link ProblemException} as {@code application/problem+json}. */
@Provider
public class ProblemMapper implements ExceptionMapper<ProblemException> {

  private final ObjectMapper json;

  public ProblemMapper(ObjectMapper json) {
    this.json = json;
  }

  @Override
  public Response toResponse(ProblemException e) {
    return response(json, e.problem());
  }

  /** Written as text here, so the problem type is kept whatever the client's Accept header says. */
  static Response response(ObjectMapper json, Problem problem) {
    try {
      return Response.status(problem.status())
          .type(Problem.MEDIA_TYPE)
          .entity(json.writeValueAsString(problem))
          .build();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Could not write a problem", e);
    }
  }

  /** Two people changed the same record at once; the later one retries on fresh data. */
  @Provider
  public static class Conflict implements ExceptionMapper<OptimisticLockException> {

    private final ObjectMapper json;

    public Conflict(ObjectMapper json) {
      this.json = json;
    }

    @Override
    public Response toResponse(OptimisticLockException e) {
      return response(
          json,
          Problem.of(
              409,
              "Conflict",
              "Someone else changed this at the same moment; reload it and try again."));
    }
  }
}
