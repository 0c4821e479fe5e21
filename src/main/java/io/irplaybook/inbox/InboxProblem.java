package io.irplaybook.inbox;

/** A task action the inbox refuses, with the HTTP status and a sentence saying what to do instead. */
public class InboxProblem extends RuntimeException {

  private final int status;

  public InboxProblem(int status, String detail) {
    super(detail);
    this.status = status;
  }

  public int status() {
    return status;
  }

  public static InboxProblem notFound(long jobKey) {
    return new InboxProblem(404, "No task has id " + jobKey + " that you may see; list your tasks with GET /api/tasks.");
  }
}
