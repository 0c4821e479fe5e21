package io.irplaybook.inbox.rest;

import io.irplaybook.inbox.InboxProblem;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/** Answers a refused task action as application/problem+json with a sentence saying what to do. */
@Provider
public class InboxProblemMapper implements ExceptionMapper<InboxProblem> {

  @Override
  public Response toResponse(InboxProblem problem) {
    return problem(problem.status(), problem.getMessage());
  }

  static Response problem(int status, String detail) {
    return Response.status(status).type("application/problem+json")
        .entity(Map.of("type", "about:blank", "title", Response.Status.fromStatusCode(status).getReasonPhrase(),
            "status", status, "detail", detail))
        .build();
  }

  /** Two people changed the same task at once; the later one retries on fresh data. */
  @Provider
  public static class Conflict implements ExceptionMapper<OptimisticLockException> {
    @Override
    public Response toResponse(OptimisticLockException e) {
      return problem(409, "Someone else changed this task at the same moment; reload it and try again.");
    }
  }
}
