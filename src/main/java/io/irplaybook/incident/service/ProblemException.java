package io.irplaybook.incident.service;

import io.irplaybook.platform.FieldError;
import java.util.List;

/**
 * A failure the caller can act on; the REST layer answers it as {@code application/problem+json}.
 *
 * @see io.irplaybook.platform.Problem
 */
public class ProblemException extends RuntimeException {

  private final int status;
  private final String title;
  private final List<FieldError> errors;

  public ProblemException(int status, String title, String detail, List<FieldError> errors) {
    super(detail);
    this.status = status;
    this.title = title;
    this.errors = errors == null ? List.of() : List.copyOf(errors);
  }

  public ProblemException(int status, String title, String detail) {
    this(status, title, detail, List.of());
  }

  public int status() { return status; }
  public String title() { return title; }
  public String detail() { return getMessage(); }
  public List<FieldError> errors() { return errors; }

  public static ProblemException invalid(List<FieldError> errors) {
    return new ProblemException(400, "Invalid incident declaration",
        "Fix the fields listed in 'errors' and send the request again; nothing was stored.", errors);
  }

  public static ProblemException notFound(String id) {
    return new ProblemException(404, "Unknown incident", "No incident has the id '" + id + "'; check the id (e.g. INC-2026-0042).");
  }
}
