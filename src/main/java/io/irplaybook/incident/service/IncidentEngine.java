package io.irplaybook.incident.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientException;
import io.camunda.client.api.command.ClientStatusException;
import io.grpc.Status;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.CompletionException;

/**
 * Everything this feature asks of the engine, through the Camunda client only. Failures come back
 * as {@link EngineUnavailableException} (try again later) or {@link EngineRejectedException} (the
 * engine said no). Tests replace this bean to simulate an unreachable engine.
 */
@ApplicationScoped
public class IncidentEngine {

  public static final String PROCESS_ID = "incident-response";
  public static final String DECISION_ID = "select-playbook";

  private final CamundaClient client;
  private final ObjectMapper json;

  public IncidentEngine(CamundaClient client, ObjectMapper json) {
    this.client = client;
    this.json = json;
  }

  /** Evaluates {@code select-playbook} with the same inputs the process will use. */
  public TierDecision decide(Map<String, Object> variables) {
    try {
      var response =
          client
              .newEvaluateDecisionCommand()
              .decisionId(DECISION_ID)
              .variables(variables)
              .send()
              .join();
      if (response.getFailureMessage() != null && !response.getFailureMessage().isEmpty()) {
        throw new EngineRejectedException(
            "Decision " + DECISION_ID + " failed: " + response.getFailureMessage(), null);
      }
      JsonNode output = json.readTree(response.getDecisionOutput());
      return new TierDecision(text(output, "tier"), text(output, "playbook"), text(output, "rule"));
    } catch (ClientException | CompletionException e) {
      throw translate("evaluate decision " + DECISION_ID, e);
    } catch (IOException e) {
      throw new EngineRejectedException("Decision " + DECISION_ID + " answered no JSON object", e);
    }
  }

  /** Creates a process instance of {@code incident-response}; returns its key. */
  public long start(Map<String, Object> variables) {
    try {
      return client
          .newCreateInstanceCommand()
          .bpmnProcessId(PROCESS_ID)
          .latestVersion()
          .variables(variables)
          .send()
          .join()
          .getProcessInstanceKey();
    } catch (ClientException | CompletionException e) {
      throw translate("start " + PROCESS_ID, e);
    }
  }

  /** Cancels a process instance; an instance that has already ended counts as cancelled. */
  public void cancel(long processInstanceKey) {
    try {
      client.newCancelInstanceCommand(processInstanceKey).send().join();
    } catch (ClientException | CompletionException e) {
      Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
      if (cause instanceof ClientStatusException s && s.getStatusCode() == Status.Code.NOT_FOUND) {
        return;
      }
      throw translate("cancel process instance " + processInstanceKey, e);
    }
  }

  private static String text(JsonNode output, String field) {
    JsonNode node = output == null ? null : output.get(field);
    return node == null || node.isNull() ? null : node.asText();
  }

  /**
   * UNAVAILABLE, DEADLINE_EXCEEDED and RESOURCE_EXHAUSTED mean "later"; every other status means
   * "no".
   */
  static RuntimeException translate(String what, RuntimeException e) {
    Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
    if (cause instanceof ClientStatusException status) {
      Status.Code code = status.getStatusCode();
      if (code == Status.Code.UNAVAILABLE
          || code == Status.Code.DEADLINE_EXCEEDED
          || code == Status.Code.RESOURCE_EXHAUSTED) {
        return new EngineUnavailableException(
            "Could not " + what + ": " + code + " " + status.getMessage(), e);
      }
      return new EngineRejectedException(
          "Could not " + what + ": " + code + " " + status.getMessage(), e);
    }
    // No gRPC status: a time-out or transport failure of the client itself, so the engine may come
    // back.
    return new EngineUnavailableException("Could not " + what + ": " + cause.getMessage(), e);
  }
}
