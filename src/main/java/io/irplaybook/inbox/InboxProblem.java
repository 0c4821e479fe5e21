package io.irplaybook.inbox;

import io.irplaybook.platform.ProblemException;

/**
 * A task action the inbox refuses, with the HTTP status and a sentence saying what to do instead.
 */
public class InboxProblem extends ProblemException {

  public InboxProblem(int status, String detail) {
    super(status, detail);
  }

  public static InboxProblem notFound(long jobKey) {
    return new InboxProblem(
        404,
        "No task has id " + jobKey + " that you may see; list your tasks with GET /api/tasks.");
  }
}
