package io.irplaybook.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Works an incident's human steps as responders would, through the REST APIs of several replicas in
 * turn: every call goes to the next replica, so a task listed on one is claimed on another, ticked
 * on a third call and completed on yet another. Pending comms drafts are approved as they appear,
 * so the approval step is followed by a real {@code notify.send}.
 */
final class PlaybookWalker {

  private final List<ReplicaApi> replicas;
  private final WebhookReceiver receiver;
  private final Set<Long> completed = new LinkedHashSet<>();
  private final Set<Long> approvedDrafts = new HashSet<>();
  private final List<String> duplicates = new ArrayList<>();
  private int calls;

  PlaybookWalker(List<ReplicaApi> replicas, WebhookReceiver receiver) {
    this.replicas = replicas;
    this.receiver = receiver;
  }

  /** Works open steps until the incident reaches {@code status}; fails at the deadline. */
  void walkUntil(String incidentId, String status, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    String last = "";
    while (System.nanoTime() < deadline) {
      last = next().get("/api/incidents/" + incidentId).path("status").asText();
      if (status.equals(last)) {
        return;
      }
      // Tasks first, then drafts: a draft exists before the approval step that names it.
      JsonNode open = next().get("/api/tasks?scope=all&status=open&incident=" + incidentId);
      noteDuplicates(open, "open tasks");
      approvePendingDrafts(incidentId);
      if (open.isEmpty()) {
        // The next step is not created yet (an engine job in flight); a delivery ends the wait
        // early.
        receiver.awaitMoreThan(receiver.total(), Duration.ofMillis(200));
        continue;
      }
      work(open.get(0));
    }
    throw new AssertionError(
        "Incident "
            + incidentId
            + " did not reach "
            + status
            + " within "
            + timeout
            + " (last status "
            + last
            + ", steps completed "
            + completed.size()
            + ")");
  }

  private void work(JsonNode task) {
    long id = task.path("id").asLong();
    next().post("/api/tasks/" + id + "/claim", null, 200);
    for (JsonNode item : task.path("checklist")) {
      if (!item.path("ticked").asBoolean()) {
        next()
            .post(
                "/api/tasks/" + id + "/checklist/" + item.path("position").asInt(),
                Map.of("ticked", true),
                200);
      }
    }
    next().post("/api/tasks/" + id + "/complete", Map.of("variables", Map.of()), 200);
    if (!completed.add(id)) {
      duplicates.add("task " + id + " was offered again after it was completed");
    }
  }

  private void approvePendingDrafts(String incidentId) {
    for (JsonNode draft : next().get("/api/comms/drafts?incident=" + incidentId)) {
      long id = draft.path("id").asLong();
      if (!draft.path("approved").asBoolean() && approvedDrafts.add(id)) {
        next().post("/api/comms/drafts/" + id + "/approve", null, 200);
      }
    }
  }

  /** Records any task id a single listing shows more than once. */
  void noteDuplicates(JsonNode tasks, String listing) {
    Set<Long> ids = new HashSet<>();
    for (JsonNode task : tasks) {
      if (!ids.add(task.path("id").asLong())) {
        duplicates.add(listing + " showed task " + task.path("id").asLong() + " twice");
      }
    }
  }

  private ReplicaApi next() {
    return replicas.get(calls++ % replicas.size());
  }

  /** Ids of the tasks this walker completed, in order. */
  Set<Long> completed() {
    return completed;
  }

  /** Every duplicate seen while walking; empty when each task appeared once. */
  List<String> duplicates() {
    return duplicates;
  }

  int calls() {
    return calls;
  }
}
