package io.irplaybook.security;

import io.irplaybook.platform.ProblemException;

/**
 * A request the security feature refuses, with the HTTP status and a sentence saying what to fix.
 */
public class SecurityProblem extends ProblemException {

  public SecurityProblem(int status, String detail) {
    super(status, detail);
  }
}
