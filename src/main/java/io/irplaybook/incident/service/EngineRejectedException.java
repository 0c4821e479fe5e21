package io.irplaybook.incident.service;

/** The engine answered but refused the command (e.g. the process or decision is not deployed). */
public class EngineRejectedException extends RuntimeException {

  public EngineRejectedException(String message, Throwable cause) {
    super(message, cause);
  }
}
