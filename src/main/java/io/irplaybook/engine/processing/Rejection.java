package io.irplaybook.engine.processing;

/** A refused command and a sentence saying what to fix, phrased "Expected ..., but ...". */
public record Rejection(RejectionType type, String message) {

  public static Rejection notFound(String message) {
    return new Rejection(RejectionType.NOT_FOUND, message);
  }

  public static Rejection invalidArgument(String message) {
    return new Rejection(RejectionType.INVALID_ARGUMENT, message);
  }

  public static Rejection invalidState(String message) {
    return new Rejection(RejectionType.INVALID_STATE, message);
  }
}
