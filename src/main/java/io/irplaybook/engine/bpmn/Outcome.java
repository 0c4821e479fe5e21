package io.irplaybook.engine.bpmn;

/**
 * The result of an element's lifecycle step: success, or an incident's error type and message.
 * Processors return failures instead of throwing, so an incident never loses the command's other
 * work.
 */
public record Outcome(String errorType, String message) {

  public static final Outcome SUCCESS = new Outcome(null, null);

  public static final String IO_MAPPING_ERROR = "IO_MAPPING_ERROR";
  public static final String EXTRACT_VALUE_ERROR = "EXTRACT_VALUE_ERROR";
  public static final String CONDITION_ERROR = "CONDITION_ERROR";
  public static final String JOB_NO_RETRIES = "JOB_NO_RETRIES";
  public static final String UNHANDLED_ERROR_EVENT = "UNHANDLED_ERROR_EVENT";

  public static Outcome failure(String errorType, String message) {
    return new Outcome(errorType, message);
  }

  public boolean failed() {
    return errorType != null;
  }
}
