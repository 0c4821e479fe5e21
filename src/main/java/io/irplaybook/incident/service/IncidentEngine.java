package io.irplaybook.incident.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientException;
import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.api.search.response.ProcessInstance;
import io.grpc.Status;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.List;
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

  /**
   * Keys of the {@code incident-response} instances that carry this {@code incidentId}, oldest
   * first: a process-instance search by variable value (Orchestration Cluster REST API). On a
   * Camunda cluster the search reads exported data, a few seconds behind; the stuck-start limit is
   * far longer than that.
   */
  public List<Long> instancesOf(String incidentId) {
    try {
      // Variable values are compared as JSON text, as Camunda stores them: a string is quoted.
      String value = json.writeValueAsString(incidentId);
      return client
          .newProcessInstanceSearchRequest()
          .filter(f -> f.processDefinitionId(PROCESS_ID).variables(Map.of("incidentId", value)))
          .send()
          .join()
          .items()
          .stream()
          .map(ProcessInstance::getProcessInstanceKey)
          .sorted()
          .toList();
    } catch (ClientException | CompletionException e) {
      throw translate("search the process instance of incident " + incidentId, e);
    } catch (IOException e) {
      throw new IllegalStateException("An incident id is always JSON-writable", e);
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
