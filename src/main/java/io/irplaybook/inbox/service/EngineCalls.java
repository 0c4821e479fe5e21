package io.irplaybook.inbox.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientHttpException;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.SearchResponse;
import io.camunda.client.api.search.response.UserTask;
import io.camunda.client.api.search.response.Variable;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the inbox asks of the engine about Camunda user tasks, through the Camunda client's
 * user-task commands and searches (Orchestration Cluster REST API), with "no such task" (404) told
 * apart from other failures.
 */
@ApplicationScoped
public class EngineCalls {

  /** What the engine answered to a command. */
  public enum Outcome {
    DONE,
    NOT_FOUND
  }

  /** Most variables read for one task; the playbooks' tasks see a few dozen. */
  private static final int VARIABLE_LIMIT = 1000;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final CamundaClient client;

  EngineCalls(CamundaClient client) {
    this.client = client;
  }

  public Outcome complete(long userTaskKey, Map<String, Object> variables) {
    return send(
        () -> client.newCompleteUserTaskCommand(userTaskKey).variables(variables).send().join());
  }

  /** Assigns the task, taking it over from whoever holds it in the engine (the inbox decides). */
  public Outcome assign(long userTaskKey, String assignee) {
    return send(
        () ->
            client
                .newAssignUserTaskCommand(userTaskKey)
                .assignee(assignee)
                .allowOverride(true)
                .send()
                .join());
  }

  public Outcome unassign(long userTaskKey) {
    return send(() -> client.newUnassignUserTaskCommand(userTaskKey).send().join());
  }

  /** The task's state in the engine; empty when the engine knows no such task. */
  public Optional<UserTaskState> state(long userTaskKey) {
    try {
      return Optional.of(client.newUserTaskGetRequest(userTaskKey).send().join().getState());
    } catch (ClientHttpException e) {
      if (e.code() == 404) {
        return Optional.empty();
      }
      throw e;
    }
  }

  /** Every open (CREATED) user task, oldest first, read page by page. */
  public List<UserTask> openTasks(int pageSize) {
    return openTasksCreatedSince(null, pageSize);
  }

  /**
   * The open user tasks created at or after {@code since} (every open task when it is null), oldest
   * first, every page.
   */
  public List<UserTask> openTasksCreatedSince(OffsetDateTime since, int pageSize) {
    List<UserTask> open = new ArrayList<>();
    String after = null;
    while (true) {
      String cursor = after;
      SearchResponse<UserTask> page =
          client
              .newUserTaskSearchRequest()
              .filter(
                  f -> {
                    f.state(UserTaskState.CREATED);
                    if (since != null) {
                      f.creationDate(d -> d.gte(since));
                    }
                  })
              .sort(s -> s.creationDate().asc())
              .page(
                  p -> {
                    p.limit(pageSize);
                    if (cursor != null) {
                      p.after(cursor);
                    }
                  })
              .send()
              .join();
      open.addAll(page.items());
      after = page.page() == null ? null : page.page().endCursor();
      if (page.items().size() < pageSize || after == null) {
        return open;
      }
    }
  }

  /**
   * The variables the task sees, by name. Camunda answers one result per scope that defines a name;
   * the innermost scope was created last and so has the greatest key, and its value wins.
   */
  public Map<String, Object> variables(long userTaskKey) {
    List<Variable> found =
        client
            .newUserTaskVariableSearchRequest(userTaskKey)
            .withFullValues()
            .page(p -> p.limit(VARIABLE_LIMIT))
            .send()
            .join()
            .items();
    Map<String, Variable> innermost = new HashMap<>();
    for (Variable v : found) {
      innermost.merge(v.getName(), v, (a, b) -> a.getScopeKey() >= b.getScopeKey() ? a : b);
    }
    Map<String, Object> values = new HashMap<>();
    innermost.forEach((name, v) -> values.put(name, parse(v.getValue())));
    return values;
  }

  private static Object parse(String json) {
    try {
      return json == null ? null : JSON.readValue(json, Object.class);
    } catch (JsonProcessingException e) {
      return json;
    }
  }

  private static Outcome send(Runnable command) {
    try {
      command.run();
      return Outcome.DONE;
    } catch (ClientHttpException e) {
      if (e.code() == 404) {
        return Outcome.NOT_FOUND;
      }
      throw e;
    }
  }
}
