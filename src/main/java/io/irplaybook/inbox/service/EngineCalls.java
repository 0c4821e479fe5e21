package io.irplaybook.inbox.service;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.grpc.Status;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;

/**
 * The two engine commands the inbox sends for a held job, with NOT_FOUND told apart from other
 * failures.
 */
@ApplicationScoped
public class EngineCalls {

  /** What the engine answered. */
  public enum Outcome {
    DONE,
    NOT_FOUND
  }

  private final CamundaClient client;

  EngineCalls(CamundaClient client) {
    this.client = client;
  }

  public Outcome complete(long jobKey, Map<String, Object> variables) {
    return send(() -> client.newCompleteCommand(jobKey).variables(variables).send().join());
  }

  public Outcome extendTimeout(long jobKey, Duration timeout) {
    return send(() -> client.newUpdateTimeoutCommand(jobKey).timeout(timeout).send().join());
  }

  private static Outcome send(Runnable command) {
    try {
      command.run();
      return Outcome.DONE;
    } catch (ClientStatusException e) {
      if (e.getStatusCode() == Status.Code.NOT_FOUND) {
        return Outcome.NOT_FOUND;
      }
      throw e;
    }
  }
}
