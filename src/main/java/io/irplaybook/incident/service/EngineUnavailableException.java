package io.irplaybook.incident.service;

/**
 * The engine could not be reached (or did not answer in time); the caller stores the work for
 * later.
 */
public class EngineUnavailableException extends RuntimeException {

  public EngineUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
