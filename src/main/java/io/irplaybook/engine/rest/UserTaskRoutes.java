package io.irplaybook.engine.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.irplaybook.engine.behavior.Behaviors;
import io.irplaybook.engine.command.AssignUserTaskCommand;
import io.irplaybook.engine.command.CompleteUserTaskCommand;
import io.irplaybook.engine.command.UpdateUserTaskCommand;
import io.irplaybook.engine.state.EngineState;
import io.irplaybook.engine.state.EventCodec;
import io.irplaybook.engine.state.History;
import io.irplaybook.engine.state.UserTask;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * {@code /v2/user-tasks}: search, get, assign, unassign, update and complete Camunda user tasks.
 */
final class UserTaskRoutes {

  private final EngineCalls calls;
  private final Behaviors behaviors;

  UserTaskRoutes(EngineCalls calls, Behaviors behaviors) {
    this.calls = calls;
    this.behaviors = behaviors;
  }

  void register(Router router) {
    router
        .add("POST", "/user-tasks/search", this::search)
        .add("GET", "/user-tasks/(\\w+)", this::get)
        .add("POST", "/user-tasks/(\\w+)/assignment", this::assign)
        .add("DELETE", "/user-tasks/(\\w+)/assignee", this::unassign)
        .add("PATCH", "/user-tasks/(\\w+)", this::update)
        .add("POST", "/user-tasks/(\\w+)/completion", this::complete);
  }

  private void search(RestExchange exchange, Matcher path) throws IOException {
    JsonNode query = exchange.body();
    exchange.json(200, calls.query("SEARCH", state -> search(state).run(query, tasks(state))));
  }

  private static Search<UserTask> search(EngineState state) {
    return new Search<UserTask>(task -> UserTaskViews.view(task, state), UserTaskViews.FIELDS)
        .alias("candidateGroup", "candidateGroups")
        .alias("candidateUser", "candidateUsers")
        .special(
            "processInstanceVariables",
            (task, filter) ->
                Views.variablesMatch(state.variables().local(task.processInstanceKey()), filter))
        .special(
            "localVariables",
            (task, filter) ->
                Views.variablesMatch(state.variables().local(task.elementInstanceKey()), filter));
  }

  private static List<UserTask> tasks(EngineState state) {
    List<UserTask> tasks = new ArrayList<>();
    for (History.Trail trail : state.history().trails()) {
      tasks.addAll(trail.userTasks());
    }
    tasks.addAll(state.userTasks().open());
    tasks.sort((a, b) -> Long.compare(a.key(), b.key()));
    return tasks;
  }

  private void get(RestExchange exchange, Matcher path) throws IOException {
    long key = Router.key(path, 1, "userTaskKey");
    ObjectNode found =
        calls.query(
            "GET",
            state -> {
              UserTask open = state.userTasks().get(key);
              if (open != null) {
                return UserTaskViews.view(open, state);
              }
              return tasks(state).stream()
                  .filter(t -> t.key() == key)
                  .findFirst()
                  .map(t -> UserTaskViews.view(t, state))
                  .orElse(null);
            });
    if (found == null) {
      throw new RestProblem(
          404,
          "NOT_FOUND",
          "Expected a user task with key '" + key + "', but no such user task was found");
    }
    exchange.json(200, found);
  }

  private void assign(RestExchange exchange, Matcher path) throws IOException {
    long key = Router.key(path, 1, "userTaskKey");
    JsonNode body = exchange.body();
    String assignee = body.path("assignee").asText("");
    if (assignee.isBlank()) {
      throw RestProblem.badRequest(
          "Expected a non-empty assignee to assign user task '" + key + "', but none was given");
    }
    boolean allowOverride = body.path("allowOverride").asBoolean(true);
    calls.<Void>send(
        "ASSIGN", responder -> new AssignUserTaskCommand(key, assignee, allowOverride, responder));
    exchange.noContent();
  }

  private void unassign(RestExchange exchange, Matcher path) throws IOException {
    long key = Router.key(path, 1, "userTaskKey");
    calls.<Void>send("ASSIGN", responder -> new AssignUserTaskCommand(key, null, true, responder));
    exchange.noContent();
  }

  private void update(RestExchange exchange, Matcher path) throws IOException {
    long key = Router.key(path, 1, "userTaskKey");
    JsonNode body = exchange.body();
    if (!body.hasNonNull("changeset") && !body.hasNonNull("action")) {
      throw RestProblem.badRequest(
          "Expected a changeset or an action to update user task '" + key + "', but got neither");
    }
    var changes = UserTaskChangeset.read(body.path("changeset"));
    calls.<Void>send("UPDATE", responder -> new UpdateUserTaskCommand(key, changes, responder));
    exchange.noContent();
  }

  @SuppressWarnings("unchecked")
  private void complete(RestExchange exchange, Matcher path) throws IOException {
    long key = Router.key(path, 1, "userTaskKey");
    JsonNode variables = exchange.body().path("variables");
    if (!variables.isMissingNode() && !variables.isNull() && !variables.isObject()) {
      throw RestProblem.badRequest(
          "Expected the completion variables to be a JSON object, but got " + variables);
    }
    Map<String, Object> document =
        variables.isObject() ? EventCodec.JSON.convertValue(variables, Map.class) : Map.of();
    calls.<Void>send(
        "COMPLETE", responder -> new CompleteUserTaskCommand(key, document, behaviors, responder));
    exchange.noContent();
  }
}
