package io.irplaybook.engine.bpmn.container;

import io.irplaybook.engine.behavior.Behaviors;
import io.irplaybook.engine.bpmn.BpmnElementProcessor;
import io.irplaybook.engine.bpmn.Outcome;
import io.irplaybook.engine.expression.EvaluationResult;
import io.irplaybook.engine.model.CalledElement;
import io.irplaybook.engine.model.ExecutableCallActivity;
import io.irplaybook.engine.state.DeployedProcess;
import io.irplaybook.engine.state.ElementInstance;
import io.irplaybook.engine.state.ElementState;
import io.irplaybook.engine.state.EngineState;
import io.irplaybook.engine.state.event.CalledProcessStarted;
import java.util.Map;

/**
 * A call activity: starts the latest version of another process as a process instance of its own
 * and waits for it. Variables cross as Zeebe documents: the child receives every variable visible
 * at the call activity (or only its local, input-mapped ones without propagateAllParentVariables);
 * on completion the child's variables are merged outwards, unless output mappings exist (they then
 * choose) or propagateAllChildVariables is off.
 */
public final class CallActivityProcessor implements BpmnElementProcessor<ExecutableCallActivity> {

  public static final String CALLED_ELEMENT_ERROR = "CALLED_ELEMENT_ERROR";

  private final Behaviors behaviors;

  public CallActivityProcessor(Behaviors behaviors) {
    this.behaviors = behaviors;
    behaviors.transitions().onCalledProcessCompleted(this::childCompleted);
  }

  private EngineState state() {
    return behaviors.context().state();
  }

  @Override
  public Outcome onActivate(ExecutableCallActivity element, ElementInstance instance) {
    Outcome inputs = behaviors.variables().applyInputMappings(element, instance);
    if (inputs.failed()) {
      return inputs;
    }
    CalledElement called = element.calledElement();
    EvaluationResult processId =
        behaviors
            .expressions()
            .evaluate(called.processId(), state().variables().visible(instance.key()));
    if (processId.isFailure()) {
      return Outcome.failure(Outcome.EXTRACT_VALUE_ERROR, processId.failure());
    }
    if (!(processId.value() instanceof String id) || id.isBlank()) {
      return Outcome.failure(
          Outcome.EXTRACT_VALUE_ERROR,
          "Expected result of the expression '"
              + called.processId().source()
              + "' to be a non-empty STRING, but was '"
              + processId.value()
              + "'"
              + (processId.hint() == null ? "" : " (" + processId.hint() + ")"));
    }
    DeployedProcess process = state().processes().latest(id);
    if (process == null) {
      return Outcome.failure(
          CALLED_ELEMENT_ERROR,
          "Expected process with BPMN process id '"
              + id
              + "' to be deployed, but not found; deploy it and resolve this incident");
    }
    Map<String, Object> childVariables =
        called.propagateAllParentVariables()
            ? state().variables().visible(instance.key())
            : Map.copyOf(state().variables().local(instance.key()));
    behaviors.transitions().markActivated(instance);
    long childKey = behaviors.context().nextKey();
    behaviors.context().emit(new CalledProcessStarted(instance.key(), childKey));
    behaviors.transitions().startProcess(process, childKey, childVariables);
    return Outcome.SUCCESS;
  }

  /** The child completed: hand its variables over as configured and leave the call activity. */
  private void childCompleted(long callActivityKey, Map<String, Object> childVariables) {
    ElementInstance instance = state().elementInstances().instance(callActivityKey);
    if (instance == null || instance.state() != ElementState.ACTIVATED) {
      return;
    }
    ExecutableCallActivity element =
        (ExecutableCallActivity) behaviors.transitions().elementOf(instance);
    if (!element.outputMappings().isEmpty()) {
      // output mappings read the child's variables from the call activity's own scope
      behaviors.variables().setLocal(instance.key(), childVariables);
    } else if (element.calledElement().propagateAllChildVariables() && !childVariables.isEmpty()) {
      // merged from the call activity itself: its input-mapped (or loop) locals keep the child's
      // values to themselves
      behaviors.variables().merge(instance.key(), childVariables);
    }
    behaviors.transitions().complete(instance);
  }

  @Override
  public Outcome onComplete(ExecutableCallActivity element, ElementInstance instance) {
    return behaviors.variables().applyOutputMappings(element, instance, Map.of());
  }

  /**
   * Leaving early (cancelled, or interrupted by a boundary event) cancels the child and its jobs.
   */
  @Override
  public void onTerminate(ExecutableCallActivity element, ElementInstance instance) {
    ElementInstance child =
        state()
            .elementInstances()
            .instance(state().elementInstances().calledProcessOf(instance.key()));
    if (child != null && child.state() != ElementState.TERMINATING) {
      behaviors.transitions().terminate(child);
    }
  }
}
