package io.irplaybook.engine.behavior;

import io.irplaybook.engine.model.ElementKind;
import io.irplaybook.engine.model.ExecutableBoundaryEvent;
import io.irplaybook.engine.model.ExecutableElement;
import io.irplaybook.engine.model.ExecutableFlow;
import io.irplaybook.engine.processing.ProcessingContext;
import io.irplaybook.engine.state.ElementInstance;
import io.irplaybook.engine.state.ElementState;
import io.irplaybook.engine.state.event.JoinFired;
import io.irplaybook.engine.state.event.JoinTokenArrived;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Joining inclusive gateways, by Zeebe's rule: the gateway activates once a token has arrived and
 * no other active path in its flow scope can still reach it. Arrival is checked after the current
 * step (so the siblings a fork is creating already count), and again whenever something in the
 * scope completes, because a path that ends elsewhere may be what the gateway was waiting for.
 */
final class InclusiveJoins {

  private final ProcessingContext context;
  private final ElementTransitions transitions;

  /** Per joining gateway, the elements from which it can be reached; the graph never changes. */
  private final Map<ExecutableElement, Set<String>> reachingCache = new IdentityHashMap<>();

  InclusiveJoins(ProcessingContext context, ElementTransitions transitions) {
    this.context = context;
    this.transitions = transitions;
  }

  static boolean isJoin(ExecutableElement element) {
    return element.kind() == ElementKind.INCLUSIVE_GATEWAY && element.incoming().size() > 1;
  }

  void arrive(ExecutableFlow flow, ElementInstance scope) {
    context.emit(new JoinTokenArrived(scope.key(), flow.target().id(), flow.id()));
    long scopeKey = scope.key();
    context.followUp(() -> tryFire(scopeKey, flow.target()));
  }

  /**
   * Something in the scope completed: a waiting inclusive join may now have nothing left to wait
   * for.
   */
  void recheck(ElementInstance scope) {
    ExecutableElement scopeElement = transitions.elementOf(scope);
    long scopeKey = scope.key();
    var elements =
        context
            .state()
            .processes()
            .process(scope.processDefinitionKey())
            .executable()
            .elements()
            .values();
    for (ExecutableElement element : elements) {
      if (isJoin(element) && element.flowScope() == scopeElement && tokens(scope, element) > 0) {
        context.followUp(() -> tryFire(scopeKey, element));
      }
    }
  }

  private void tryFire(long scopeKey, ExecutableElement gateway) {
    ElementInstance scope = context.state().elementInstances().instance(scopeKey);
    if (scope == null || scope.state() != ElementState.ACTIVATED || tokens(scope, gateway) == 0) {
      return; // fired already, or the scope was left meanwhile
    }
    boolean everyFlowArrived =
        gateway.incoming().stream().allMatch(in -> scope.joinTokens(gateway.id(), in.id()) > 0);
    if (!everyFlowArrived && anotherPathCanReach(scope, gateway)) {
      return;
    }
    context.emit(new JoinFired(scopeKey, gateway.id()));
    transitions.activateChild(gateway, scope);
  }

  private boolean anotherPathCanReach(ElementInstance scope, ExecutableElement gateway) {
    Set<String> reaching = reachingCache.computeIfAbsent(gateway, InclusiveJoins::elementsReaching);
    for (long child : context.state().elementInstances().children(scope.key())) {
      ElementInstance instance = context.state().elementInstances().instance(child);
      if (instance != null && reaching.contains(instance.elementId())) {
        return true;
      }
    }
    var process = context.state().processes().process(scope.processDefinitionKey()).executable();
    for (String id : reaching) {
      ExecutableElement element = process.element(id);
      if (element.kind().isJoiningGateway() && tokens(scope, element) > 0) {
        return true; // a token waiting at another join will come this way once that join fires
      }
    }
    return false;
  }

  private static int tokens(ElementInstance scope, ExecutableElement gateway) {
    return gateway.incoming().stream()
        .mapToInt(in -> scope.joinTokens(gateway.id(), in.id()))
        .sum();
  }

  /**
   * Walks the flows backwards from the gateway; an activity counts when one of its boundary events
   * does.
   */
  private static Set<String> elementsReaching(ExecutableElement gateway) {
    Set<String> reaching = new HashSet<>();
    ArrayDeque<ExecutableElement> todo = new ArrayDeque<>();
    todo.add(gateway);
    while (!todo.isEmpty()) {
      for (ExecutableFlow in : todo.poll().incoming()) {
        ExecutableElement source = in.source();
        if (source != gateway && reaching.add(source.id())) {
          todo.add(source);
          if (source instanceof ExecutableBoundaryEvent boundary
              && boundary.attachedTo() != null
              && reaching.add(boundary.attachedTo().id())) {
            todo.add(boundary.attachedTo());
          }
        }
      }
    }
    return reaching;
  }
}
