package io.irplaybook.inbox;

import io.irplaybook.platform.FieldError;
import io.irplaybook.platform.ProblemException;
import java.util.List;

/**
 * A task action the inbox refuses, with the HTTP status and a sentence saying what to do instead.
 */
public class InboxProblem extends ProblemException {

  public InboxProblem(int status, String detail) {
    super(status, detail);
  }

  /** With one entry per bad field of the request. */
  public InboxProblem(int status, String detail, List<FieldError> errors) {
    super(status, null, detail, errors);
  }

  public static InboxProblem notFound(long jobKey) {
    return new InboxProblem(
        404,
        "No task has id " + jobKey + " that you may see; list your tasks with GET /api/tasks.");
  }
}
