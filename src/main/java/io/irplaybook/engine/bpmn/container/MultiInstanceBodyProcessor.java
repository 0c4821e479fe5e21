package io.irplaybook.engine.bpmn.container;

import io.irplaybook.engine.behavior.Behaviors;
import io.irplaybook.engine.bpmn.BpmnElementProcessor;
import io.irplaybook.engine.bpmn.ChildCompletion;
import io.irplaybook.engine.bpmn.Outcome;
import io.irplaybook.engine.model.ExecutableMultiInstanceBody;
import io.irplaybook.engine.model.LoopDefinition;
import io.irplaybook.engine.state.ElementInstance;
import io.irplaybook.engine.state.EngineState;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The body of a multi-instance activity, as Zeebe models it: one element instance wrapping an inner
 * instance per item of the input collection (all at once, or one after the other). Its counters and
 * the output collection are its local variables, so a replay of the log restores the loop as it
 * was.
 */
public final class MultiInstanceBodyProcessor
    implements BpmnElementProcessor<ExecutableMultiInstanceBody> {

  static final String LOOP_COUNTER = "loopCounter";
  static final String INSTANCES = "numberOfInstances";
  static final String ACTIVE = "numberOfActiveInstances";
  static final String COMPLETED = "numberOfCompletedInstances";

  private final Behaviors behaviors;
  private final LoopEvaluation evaluation;

  public MultiInstanceBodyProcessor(Behaviors behaviors) {
    this.behaviors = behaviors;
    this.evaluation = new LoopEvaluation(behaviors.expressions());
  }

  private EngineState state() {
    return behaviors.context().state();
  }

  @Override
  public Outcome onActivate(ExecutableMultiInstanceBody element, ElementInstance body) {
    LoopDefinition loop = element.loop();
    LoopEvaluation.Items items =
        evaluation.inputCollection(loop, state().variables().visible(body.key()));
    if (items.failure() != null) {
      return items.failure();
    }
    int count = items.values().size();
    behaviors.transitions().markActivated(body);
    Map<String, Object> counters = new LinkedHashMap<>();
    counters.put(INSTANCES, count);
    counters.put(ACTIVE, loop.sequential() ? Math.min(1, count) : count);
    counters.put(COMPLETED, 0);
    if (loop.outputCollection() != null) {
      counters.put(loop.outputCollection(), new ArrayList<>(Collections.nCopies(count, null)));
    }
    behaviors.variables().setLocal(body.key(), counters);
    if (count == 0) {
      behaviors.transitions().complete(body);
    } else if (loop.sequential()) {
      startItem(element, body, items.values(), 0);
    } else {
      for (int index = 0; index < count; index++) {
        startItem(element, body, items.values(), index);
      }
    }
    return Outcome.SUCCESS;
  }

  private void startItem(
      ExecutableMultiInstanceBody element, ElementInstance body, List<Object> items, int index) {
    Map<String, Object> locals = new LinkedHashMap<>();
    locals.put(LOOP_COUNTER, index + 1);
    if (element.loop().inputElement() != null) {
      locals.put(element.loop().inputElement(), items.get(index));
    }
    behaviors.transitions().activateChild(element.innerActivity(), body, locals);
  }

  /**
   * Decides what follows an inner instance's completion while its variables still exist; the
   * transitions run the decision right after the inner instance is gone.
   */
  @Override
  public ChildCompletion onChildCompleting(
      ExecutableMultiInstanceBody element, ElementInstance body, ElementInstance child) {
    LoopDefinition loop = element.loop();
    Map<String, Object> childView = state().variables().visible(child.key());
    Map<String, Object> bodyLocals = state().variables().local(body.key());
    int index = LoopEvaluation.number(state().variables().local(child.key()).get(LOOP_COUNTER)) - 1;
    Map<String, Object> updates = new LinkedHashMap<>();
    updates.put(COMPLETED, LoopEvaluation.number(bodyLocals.get(COMPLETED)) + 1);
    updates.put(ACTIVE, LoopEvaluation.number(bodyLocals.get(ACTIVE)) - 1);
    if (loop.outputCollection() != null) {
      LoopEvaluation.Value output = evaluation.outputElement(loop, childView);
      if (output.failure() != null) {
        return ChildCompletion.failed(output.failure());
      }
      List<Object> collected =
          new ArrayList<>((List<?>) bodyLocals.getOrDefault(loop.outputCollection(), List.of()));
      while (collected.size() <= index) {
        collected.add(null);
      }
      collected.set(index, output.value());
      updates.put(loop.outputCollection(), collected);
    }
    Map<String, Object> conditionView = new HashMap<>(childView);
    conditionView.putAll(updates); // the condition sees the counters including this completion
    LoopEvaluation.Value satisfied = evaluation.completionCondition(loop, conditionView);
    if (satisfied.failure() != null) {
      return ChildCompletion.failed(satisfied.failure());
    }
    Runnable next;
    if (Boolean.TRUE.equals(satisfied.value())) {
      next = () -> completeEarly(body);
    } else if (loop.sequential()) {
      LoopEvaluation.Items items =
          evaluation.inputCollection(loop, state().variables().visible(body.key()));
      if (items.failure() != null) {
        return ChildCompletion.failed(items.failure());
      }
      int following = index + 1;
      if (following < items.values().size()) {
        updates.put(ACTIVE, 1);
        next = () -> startItem(element, body, items.values(), following);
      } else {
        next =
            () -> behaviors.transitions().complete(state().elementInstances().instance(body.key()));
      }
    } else {
      next =
          () ->
              behaviors
                  .transitions()
                  .completeScopeIfDone(state().elementInstances().instance(body.key()));
    }
    behaviors.variables().setLocal(body.key(), updates);
    return ChildCompletion.then(next);
  }

  /** The completion condition holds: the inner instances still running are cancelled. */
  private void completeEarly(ElementInstance body) {
    for (long child : state().elementInstances().children(body.key())) {
      ElementInstance inner = state().elementInstances().instance(child);
      if (inner != null) {
        behaviors.transitions().terminate(inner);
      }
    }
    behaviors.transitions().complete(state().elementInstances().instance(body.key()));
  }

  /** The output collection leaves the body for its flow scope, like an output mapping would. */
  @Override
  public Outcome onComplete(ExecutableMultiInstanceBody element, ElementInstance body) {
    String outputCollection = element.loop().outputCollection();
    if (outputCollection != null) {
      Map<String, Object> output = new HashMap<>();
      output.put(outputCollection, state().variables().local(body.key()).get(outputCollection));
      behaviors.variables().merge(body.flowScopeKey(), output);
    }
    return Outcome.SUCCESS;
  }
}
