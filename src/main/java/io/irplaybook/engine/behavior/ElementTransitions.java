package io.irplaybook.engine.behavior;

import io.irplaybook.engine.bpmn.BpmnElementProcessor;
import io.irplaybook.engine.bpmn.ChildCompletion;
import io.irplaybook.engine.bpmn.Outcome;
import io.irplaybook.engine.model.ElementKind;
import io.irplaybook.engine.model.ExecutableCatchEvent;
import io.irplaybook.engine.model.ExecutableContainer;
import io.irplaybook.engine.model.ExecutableElement;
import io.irplaybook.engine.model.ExecutableFlow;
import io.irplaybook.engine.model.ExecutableMultiInstanceBody;
import io.irplaybook.engine.processing.ProcessingContext;
import io.irplaybook.engine.processing.Rejection;
import io.irplaybook.engine.processing.RejectionType;
import io.irplaybook.engine.processing.ResultAwaiters;
import io.irplaybook.engine.state.DeployedProcess;
import io.irplaybook.engine.state.ElementInstance;
import io.irplaybook.engine.state.ElementState;
import io.irplaybook.engine.state.EngineState;
import io.irplaybook.engine.state.event.ElementActivated;
import io.irplaybook.engine.state.event.ElementActivating;
import io.irplaybook.engine.state.event.ElementCompleted;
import io.irplaybook.engine.state.event.ElementCompleting;
import io.irplaybook.engine.state.event.ElementTerminated;
import io.irplaybook.engine.state.event.ElementTerminating;
import io.irplaybook.engine.state.event.JoinFired;
import io.irplaybook.engine.state.event.JoinTokenArrived;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Moves element instances through their lifecycle and tokens along sequence flows: activation,
 * completion, termination, joins and the completion of a scope when nothing is left in it.
 */
public final class ElementTransitions {

  private final ProcessingContext context;
  private final IncidentBehavior incidents;
  private final VariableBehavior variables;
  private final Map<ElementKind, BpmnElementProcessor<?>> processors =
      new EnumMap<>(ElementKind.class);
  private final InclusiveJoins inclusiveJoins;
  private BiConsumer<Long, Map<String, Object>> calledProcessCompleted =
      (callActivity, variables) -> {};
  private final List<Function<ElementInstance, Outcome>> activationSteps = new ArrayList<>();
  private final List<Consumer<ElementInstance>> leaveSteps = new ArrayList<>();

  /** The start event of a process instance being started at other than its none start event. */
  private ExecutableCatchEvent startingAt;

  public ElementTransitions(
      ProcessingContext context, IncidentBehavior incidents, VariableBehavior variables) {
    this.context = context;
    this.incidents = incidents;
    this.variables = variables;
    this.inclusiveJoins = new InclusiveJoins(context, this);
  }

  public void register(ElementKind kind, BpmnElementProcessor<?> processor) {
    processors.put(kind, processor);
  }

  /**
   * The processor of the element's kind. The registry pairs each kind with the processor of the
   * executable type its compiler creates, so the cast holds.
   */
  @SuppressWarnings("unchecked")
  private BpmnElementProcessor<ExecutableElement> processorOf(ExecutableElement element) {
    return (BpmnElementProcessor<ExecutableElement>) processors.get(element.kind());
  }

  /**
   * A step every element takes before its own activation, such as opening its boundary events'
   * timers; a failure leaves the element in ACTIVATING with an incident. Steps must be repeatable.
   */
  public void beforeActivation(Function<ElementInstance, Outcome> step) {
    activationSteps.add(step);
  }

  /** A step every element takes when it completes or is terminated, such as closing its timers. */
  public void onLeave(Consumer<ElementInstance> step) {
    leaveSteps.add(step);
  }

  private EngineState state() {
    return context.state();
  }

  public ExecutableElement elementOf(ElementInstance instance) {
    ExecutableElement element =
        state()
            .processes()
            .process(instance.processDefinitionKey())
            .executable()
            .element(instance.elementId());
    if (element instanceof ExecutableMultiInstanceBody body) {
      // body and inner instances share the element id; an inner instance lives inside its body
      ElementInstance scope = state().elementInstances().instance(instance.flowScopeKey());
      if (scope != null && scope.elementId().equals(instance.elementId())) {
        return body.innerActivity();
      }
    }
    return element;
  }

  /**
   * Told, with the child's variables, when a process instance started by a call activity completes.
   */
  public void onCalledProcessCompleted(BiConsumer<Long, Map<String, Object>> listener) {
    this.calledProcessCompleted = listener;
  }

  /** Starts a process instance with the given key; variables are set before anything runs. */
  public void startProcess(
      DeployedProcess process, long key, Map<String, Object> processVariables) {
    context.emit(new ElementActivating(key, key, process.key(), process.bpmnProcessId(), -1));
    variables.setLocal(key, processVariables);
    runActivation(key);
  }

  /** Starts a process instance at the given start event (a message start event). */
  public void startProcessAt(
      ExecutableCatchEvent startEvent,
      DeployedProcess process,
      long key,
      Map<String, Object> processVariables) {
    startingAt = startEvent;
    try {
      startProcess(process, key, processVariables);
    } finally {
      startingAt = null;
    }
  }

  /**
   * Where a process instance begins: the start event it is being started at, else its none start
   * event.
   */
  public ExecutableCatchEvent startEventOf(ExecutableContainer process) {
    return startingAt != null ? startingAt : process.noneStartEvent();
  }

  /**
   * Creates an instance of {@code element} inside {@code flowScope}; it runs once the current step
   * is done.
   */
  public long activateChild(ExecutableElement element, ElementInstance flowScope) {
    return activateChild(element, flowScope, Map.of());
  }

  /**
   * As {@link #activateChild(ExecutableElement, ElementInstance)}, with local variables set before
   * it runs.
   */
  public long activateChild(
      ExecutableElement element, ElementInstance flowScope, Map<String, Object> localVariables) {
    long key = context.nextKey();
    context.emit(
        new ElementActivating(
            key,
            flowScope.processInstanceKey(),
            flowScope.processDefinitionKey(),
            element.id(),
            flowScope.key()));
    if (!localVariables.isEmpty()) {
      variables.setLocal(key, localVariables);
    }
    context.followUp(() -> runActivation(key));
    return key;
  }

  /** Runs (or, after an incident was resolved, re-runs) the activation step. */
  public void runActivation(long key) {
    ElementInstance instance = state().elementInstances().instance(key);
    if (instance == null || instance.state() != ElementState.ACTIVATING) {
      return; // cancelled before its turn came
    }
    ExecutableElement element = elementOf(instance);
    for (Function<ElementInstance, Outcome> step : activationSteps) {
      Outcome before = step.apply(instance);
      if (before.failed()) {
        incidents.raise(instance, before);
        return;
      }
    }
    Outcome outcome = processorOf(element).onActivate(element, instance);
    if (outcome.failed()) {
      incidents.raise(instance, outcome);
    }
  }

  public void markActivated(ElementInstance instance) {
    context.emit(new ElementActivated(instance.key()));
  }

  /** Completes an element that leaves by all its outgoing flows. */
  public void complete(ElementInstance instance) {
    context.emit(new ElementCompleting(instance.key()));
    runCompletion(instance.key(), null);
  }

  /** Completes an element that chose the flows it leaves by (a gateway). */
  public void completeTaking(ElementInstance instance, List<ExecutableFlow> flows) {
    context.emit(new ElementCompleting(instance.key()));
    runCompletion(instance.key(), flows);
  }

  /**
   * Re-runs the completion step after an incident was resolved and moves the token on by all
   * outgoing flows (an element that chooses its flows never waits in COMPLETING).
   */
  public void runCompletion(long key) {
    runCompletion(key, null);
  }

  private void runCompletion(long key, List<ExecutableFlow> chosenFlows) {
    ElementInstance instance = state().elementInstances().instance(key);
    if (instance == null || instance.state() != ElementState.COMPLETING) {
      return;
    }
    ExecutableElement element = elementOf(instance);
    BpmnElementProcessor<ExecutableElement> processor = processorOf(element);
    Outcome outcome = processor.onComplete(element, instance);
    if (outcome.failed()) {
      incidents.raise(instance, outcome);
      return;
    }
    leaveSteps.forEach(step -> step.accept(instance));
    if (instance.isProcessInstance()) {
      Map<String, Object> variables = state().variables().visible(key);
      long callingElement = state().elementInstances().callingElementOf(key);
      context.emit(new ElementCompleted(key));
      context.instanceFinished(key);
      for (ResultAwaiters.Awaiter awaiter : context.resultAwaiters().take(key)) {
        context.respond(() -> awaiter.completed(variables));
      }
      if (callingElement >= 0) {
        calledProcessCompleted.accept(callingElement, variables);
      }
      return;
    }
    List<ExecutableFlow> flows = chosenFlows != null ? chosenFlows : element.outgoing();
    ElementInstance flowScope = state().elementInstances().instance(instance.flowScopeKey());
    ExecutableElement scopeElement = elementOf(flowScope);
    BpmnElementProcessor<ExecutableElement> scopeProcessor = processorOf(scopeElement);
    ChildCompletion leaving = scopeProcessor.onChildCompleting(scopeElement, flowScope, instance);
    if (leaving.failed()) {
      incidents.raise(instance, leaving.outcome());
      return;
    }
    context.emit(new ElementCompleted(key));
    if (flowScope.hasJoinTokens()) {
      inclusiveJoins.recheck(flowScope);
    }
    if (flows.isEmpty()) {
      if (!leaving.decidesNext()) {
        completeScopeIfDone(flowScope);
      } else if (flowScope.state() == ElementState.ACTIVATED) {
        leaving.next().run();
      }
    } else {
      flows.forEach(flow -> takeFlow(flow, flowScope));
    }
  }

  private void takeFlow(ExecutableFlow flow, ElementInstance flowScope) {
    ExecutableElement target = flow.target();
    if (InclusiveJoins.isJoin(target)) {
      inclusiveJoins.arrive(flow, flowScope);
      return;
    }
    if (target.kind() != ElementKind.PARALLEL_GATEWAY || target.incoming().size() < 2) {
      activateChild(target, flowScope);
      return;
    }
    context.emit(new JoinTokenArrived(flowScope.key(), target.id(), flow.id()));
    boolean everyFlowArrived =
        target.incoming().stream().allMatch(in -> flowScope.joinTokens(target.id(), in.id()) > 0);
    if (everyFlowArrived) {
      context.emit(new JoinFired(flowScope.key(), target.id()));
      activateChild(target, flowScope);
    }
  }

  /** A scope with no active element and no waiting token is done. */
  public void completeScopeIfDone(ElementInstance scope) {
    if (scope != null
        && scope.state() == ElementState.ACTIVATED
        && scope.activeChildren() == 0
        && !scope.hasJoinTokens()) {
      complete(scope);
    }
  }

  /** Cancels an element and everything inside it, innermost first. */
  public void terminate(ElementInstance instance) {
    context.emit(new ElementTerminating(instance.key()));
    for (long child : state().elementInstances().children(instance.key())) {
      ElementInstance childInstance = state().elementInstances().instance(child);
      if (childInstance != null) {
        terminate(childInstance);
      }
    }
    ExecutableElement element = elementOf(instance);
    processorOf(element).onTerminate(element, instance);
    leaveSteps.forEach(step -> step.accept(instance));
    incidents.resolveAllOf(instance.key());
    context.emit(new ElementTerminated(instance.key()));
    if (instance.isProcessInstance()) {
      context.instanceFinished(instance.key());
      Rejection cancelled =
          new Rejection(
              RejectionType.INVALID_STATE,
              "Expected process instance " + instance.key() + " to complete, but it was cancelled");
      for (ResultAwaiters.Awaiter awaiter : context.resultAwaiters().take(instance.key())) {
        context.respond(() -> awaiter.failed(cancelled));
      }
    }
  }
}
