package io.irplaybook.engine.rest;

/**
 * A request the REST API refuses, answered as an RFC 9457 problem detail. {@code title} follows
 * Camunda: the rejection type for refused commands ({@code NOT_FOUND}, {@code INVALID_STATE}, ...),
 * the HTTP reason phrase for malformed requests. An IllegalArgumentException, so a search refused
 * while it runs on the processing thread comes back as an INVALID_ARGUMENT rejection (400).
 */
final class RestProblem extends IllegalArgumentException {

  private final int status;
  private final String title;

  RestProblem(int status, String title, String detail) {
    super(detail);
    this.status = status;
    this.title = title;
  }

  static RestProblem badRequest(String detail) {
    return new RestProblem(400, "Bad Request", detail);
  }

  int status() {
    return status;
  }

  String title() {
    return title;
  }
}
