package io.irplaybook.incident;

import io.irplaybook.platform.FieldError;
import io.irplaybook.platform.ProblemException;
import java.util.List;

/** The problems of incident intake and look-up, each with a sentence saying what to fix. */
public final class IncidentProblem {

  private IncidentProblem() {}

  public static ProblemException invalid(List<FieldError> errors) {
    return new ProblemException(
        400,
        "Invalid incident declaration",
        "Fix the fields listed in 'errors' and send the request again; nothing was stored.",
        errors);
  }

  public static ProblemException notFound(String id) {
    return new ProblemException(
        404,
        "Unknown incident",
        "No incident has the id '" + id + "'; check the id (e.g. INC-2026-0042).");
  }
}
