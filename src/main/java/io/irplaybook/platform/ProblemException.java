package io.irplaybook.platform;

import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * A failure the caller can act on. Every feature throws this (or a subclass naming its own
 * factories); {@link ProblemMapper} answers it as {@code application/problem+json}.
 */
public class ProblemException extends RuntimeException {

  private final int status;
  private final String title;
  private final List<FieldError> errors;

  public ProblemException(int status, String title, String detail, List<FieldError> errors) {
    super(detail);
    this.status = status;
    this.title = title == null ? reasonPhrase(status) : title;
    this.errors = errors == null ? List.of() : List.copyOf(errors);
  }

  public ProblemException(int status, String title, String detail) {
    this(status, title, detail, List.of());
  }

  /** A problem titled by its status's reason phrase, e.g. "Forbidden". */
  public ProblemException(int status, String detail) {
    this(status, null, detail, List.of());
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  public String detail() {
    return getMessage();
  }

  public List<FieldError> errors() {
    return errors;
  }

  public Problem problem() {
    return new Problem("about:blank", title, status, detail(), errors);
  }

  private static String reasonPhrase(int status) {
    Response.Status known = Response.Status.fromStatusCode(status);
    return known == null ? "Error" : known.getReasonPhrase();
  }
}
