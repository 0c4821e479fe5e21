package io.irplaybook.engine.processing;

/** Why a command was refused; the gateway maps each to a gRPC status as Zeebe's gateway does. */
public enum RejectionType {
  NOT_FOUND,
  INVALID_ARGUMENT,
  INVALID_STATE,
  ALREADY_EXISTS,
  UNAVAILABLE,
  INTERNAL
}
