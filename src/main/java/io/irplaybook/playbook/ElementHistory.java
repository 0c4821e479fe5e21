package io.irplaybook.playbook;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.response.ElementInstance;
import io.camunda.client.api.search.response.ProcessInstance;
import io.camunda.client.api.search.response.SearchResponse;
import io.irplaybook.playbook.PlaybookDiagram.StepState;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
   */
  public Optional<Map<String, Map<String, StepState>>> states(long rootProcessInstanceKey) {
    try {
      Map<String, Map<String, StepState>> result = new LinkedHashMap<>();
      ProcessInstance root =
          client.newProcessInstanceGetRequest(rootProcessInstanceKey).send().join();
      Deque<ProcessInstance> work = new ArrayDeque<>(List.of(root));
      int visited = 0;
      while (!work.isEmpty() && visited++ < MAX_INSTANCES) {
        ProcessInstance instance = work.pop();
        Map<String, StepState> states =
            result.computeIfAbsent(instance.getProcessDefinitionId(), id -> new HashMap<>());
        for (ElementInstance element : elementsOf(instance.getProcessInstanceKey())) {
          states.merge(element.getElementId(), stateOf(element), ElementHistory::furthest);
        }
        List<ProcessInstance> called = calledBy(instance.getProcessInstanceKey());
        called.sort(Comparator.comparing(ProcessInstance::getProcessInstanceKey).reversed());
        called.forEach(work::push);
      }
      return Optional.of(result);
    } catch (RuntimeException e) {
      LOG.debugf(
          "No element history for process instance %d: %s", rootProcessInstanceKey, e.toString());
      return Optional.empty();
    }
  }

  private List<ElementInstance> elementsOf(long processInstanceKey) {
    return all(
        after ->
            client
                .newElementInstanceSearchRequest()
                .filter(f -> f.processInstanceKey(processInstanceKey))
                .page(p -> page(p, after))
                .send()
                .join());
  }

  private List<ProcessInstance> calledBy(long processInstanceKey) {
    return all(
        after ->
            client
                .newProcessInstanceSearchRequest()
                .filter(f -> f.parentProcessInstanceKey(processInstanceKey))
                .page(p -> page(p, after))
                .send()
                .join());
  }

  private static void page(io.camunda.client.api.search.request.SearchRequestPage p, String after) {
    p.limit(PAGE);
    if (after != null) {
      p.after(after);
    }
  }

  /** Every result of a search, page after page by cursor. */
  private static <T> List<T> all(Function<String, SearchResponse<T>> search) {
    List<T> items = new ArrayList<>();
    String after = null;
    while (true) {
      SearchResponse<T> page = search.apply(after);
      items.addAll(page.items());
      after = page.page() == null ? null : page.page().endCursor();
      if (page.items().size() < PAGE || after == null) {
        return items;
      }
    }
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
