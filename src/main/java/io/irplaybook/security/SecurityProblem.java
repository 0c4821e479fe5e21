package io.irplaybook.security;

/** A request the security feature refuses, with the HTTP status and a sentence saying what to fix. */
public class SecurityProblem extends RuntimeException {

  private final int status;

  public SecurityProblem(int status, String detail) {
    super(detail);
    this.status = status;
  }

  public int status() {
    return status;
  }
}
