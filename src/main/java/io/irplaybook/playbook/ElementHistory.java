package io.irplaybook.playbook;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.response.ElementInstance;
import io.camunda.client.api.search.response.ProcessInstance;
import io.camunda.client.api.search.response.SearchResponse;
import io.irplaybook.playbook.PlaybookDiagram.StepState;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * Where each element of an incident's playbooks stands, as the engine recorded it: the element
 * instances of the incident's process instance and of every instance it called, found by the
 * element-instance and process-instance searches (Orchestration Cluster REST API). An element with
 * an active instance is current, one whose instances completed is completed, one that was
 * interrupted (a boundary event, a cancelled scope) is interrupted, and an element with no instance
 * was not taken (or not yet reached).
 */
@ApplicationScoped
public class ElementHistory {

  private static final Logger LOG = Logger.getLogger(ElementHistory.class);

  /** Results per search page; the playbooks' instances have a few hundred elements at most. */
  private static final int PAGE = 500;

  /** Stops a runaway call tree; the playbooks call a few dozen processes per incident. */
  private static final int MAX_INSTANCES = 500;

  private final CamundaClient client;

  ElementHistory(CamundaClient client) {
    this.client = client;
  }

  /**
   * Element states per process id, in the order their instances started (a process called several
   * times shows the furthest state of each element over its instances). Empty when the engine
   * cannot tell: it is away, or it no longer keeps the history of this instance.
   *
   * <p>The call tree is read one level at a time, every search of a level sent at once: a page
   * waits for the depth of the tree (three or four levels in the playbooks), not for two round
   * trips per process instance.
   */
  public Optional<Map<String, Map<String, StepState>>> states(long rootProcessInstanceKey) {
    try {
      ProcessInstance root =
          client.newProcessInstanceGetRequest(rootProcessInstanceKey).send().join();
      List<Visited> visited = new ArrayList<>();
      List<ProcessInstance> level = List.of(root);
      while (!level.isEmpty() && visited.size() < MAX_INSTANCES) {
        List<CompletableFuture<List<ElementInstance>>> elements = new ArrayList<>();
        List<CompletableFuture<List<ProcessInstance>>> called = new ArrayList<>();
        for (ProcessInstance instance : level) {
          elements.add(elementsOf(instance.getProcessInstanceKey()));
          called.add(calledBy(instance.getProcessInstanceKey()));
        }
        List<ProcessInstance> next = new ArrayList<>();
        for (int i = 0; i < level.size(); i++) {
          visited.add(new Visited(level.get(i), elements.get(i).join()));
          next.addAll(called.get(i).join());
        }
        level = next;
      }
      // Keys grow as instances are created, so key order is the order the processes started.
      visited.sort(Comparator.comparing(v -> v.instance().getProcessInstanceKey()));
      Map<String, Map<String, StepState>> result = new LinkedHashMap<>();
      for (Visited v : visited) {
        Map<String, StepState> states =
            result.computeIfAbsent(v.instance().getProcessDefinitionId(), id -> new HashMap<>());
        for (ElementInstance element : v.elements()) {
          states.merge(element.getElementId(), stateOf(element), ElementHistory::furthest);
        }
      }
      return Optional.of(result);
    } catch (RuntimeException e) {
      LOG.debugf(
          "No element history for process instance %d: %s", rootProcessInstanceKey, e.toString());
      return Optional.empty();
    }
  }

  private record Visited(ProcessInstance instance, List<ElementInstance> elements) {}

  private CompletableFuture<List<ElementInstance>> elementsOf(long processInstanceKey) {
    return all(
        after ->
            client
                .newElementInstanceSearchRequest()
                .filter(f -> f.processInstanceKey(processInstanceKey))
                .page(p -> page(p, after))
                .send());
  }

  private CompletableFuture<List<ProcessInstance>> calledBy(long processInstanceKey) {
    return all(
        after ->
            client
                .newProcessInstanceSearchRequest()
                .filter(f -> f.parentProcessInstanceKey(processInstanceKey))
                .page(p -> page(p, after))
                .send());
  }

  private static void page(io.camunda.client.api.search.request.SearchRequestPage p, String after) {
    p.limit(PAGE);
    if (after != null) {
      p.after(after);
    }
  }

  /** Every result of a search, page after page by cursor, without blocking a thread. */
  private static <T> CompletableFuture<List<T>> all(
      Function<String, CompletionStage<SearchResponse<T>>> search) {
    return collect(search, null, new ArrayList<>());
  }

  private static <T> CompletableFuture<List<T>> collect(
      Function<String, CompletionStage<SearchResponse<T>>> search, String after, List<T> items) {
    return search
        .apply(after)
        .toCompletableFuture()
        .thenCompose(
            page -> {
              items.addAll(page.items());
              String next = page.page() == null ? null : page.page().endCursor();
              return page.items().size() < PAGE || next == null
                  ? CompletableFuture.completedFuture(items)
                  : collect(search, next, items);
            });
  }

  private static StepState stateOf(ElementInstance element) {
    if (element.getState() == null) {
      return StepState.PENDING;
    }
    return switch (element.getState()) {
      case ACTIVE -> StepState.CURRENT;
      case COMPLETED -> StepState.COMPLETED;
      case TERMINATED -> StepState.INTERRUPTED;
      default -> StepState.PENDING;
    };
  }

  /** Over several instances of one element: current beats completed beats interrupted. */
  static StepState furthest(StepState a, StepState b) {
    return rank(a) >= rank(b) ? a : b;
  }

  private static int rank(StepState state) {
    return switch (state) {
      case CURRENT -> 3;
      case COMPLETED -> 2;
      case INTERRUPTED -> 1;
      case PENDING -> 0;
    };
  }
}
