package io.irplaybook.engine.behavior;

import io.irplaybook.engine.bpmn.Outcome;
import io.irplaybook.engine.expression.EvaluationResult;
import io.irplaybook.engine.expression.ExpressionLanguage;
import io.irplaybook.engine.model.ExecutableElement;
import io.irplaybook.engine.model.VariableMapping;
import io.irplaybook.engine.processing.ProcessingContext;
import io.irplaybook.engine.state.ElementInstance;
import io.irplaybook.engine.state.EngineState;
import io.irplaybook.engine.state.event.VariableSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Variable scopes as Zeebe documents them: a variable lives on the scope that defines it; merging a
 * document from a scope updates each variable where it is already defined and creates the rest on
 * the process instance; input mappings make local variables; output mappings merge into the parent.
 */
public final class VariableBehavior {

  private final ProcessingContext context;
  private final ExpressionLanguage expressions;

  public VariableBehavior(ProcessingContext context, ExpressionLanguage expressions) {
    this.context = context;
    this.expressions = expressions;
  }

  private EngineState state() {
    return context.state();
  }

  public void setLocal(long scopeKey, String name, Object value) {
    Map<String, Object> local = state().variables().local(scopeKey);
    if (local.containsKey(name) && Objects.equals(local.get(name), value)) {
      return; // unchanged: Zeebe writes no record either
    }
    long key = local.containsKey(name) ? state().variables().key(scopeKey, name) : 0;
    context.emit(new VariableSet(scopeKey, name, value, key > 0 ? key : context.nextKey()));
  }

  public void setLocal(long scopeKey, Map<String, Object> variables) {
    variables.forEach((name, value) -> setLocal(scopeKey, name, value));
  }

  /**
   * Sets each variable where it is defined, looking outwards from the scope, else on the process
   * instance.
   */
  public void merge(long scopeKey, Map<String, Object> variables) {
    ElementInstance scope = state().elementInstances().instance(scopeKey);
    for (Map.Entry<String, Object> variable : variables.entrySet()) {
      long defining = state().variables().scopeDefining(scopeKey, variable.getKey());
      setLocal(
          defining >= 0 ? defining : scope.processInstanceKey(),
          variable.getKey(),
          variable.getValue());
    }
  }

  public Outcome applyInputMappings(ExecutableElement element, ElementInstance instance) {
    List<VariableMapping> mappings = element.inputMappings();
    if (mappings.isEmpty()) {
      return Outcome.SUCCESS;
    }
    Map<String, Object> context =
        instance.isProcessInstance()
            ? new HashMap<>()
            : state().variables().visible(instance.flowScopeKey());
    Map<String, Object> results = new LinkedHashMap<>();
    for (VariableMapping mapping : mappings) {
      EvaluationResult result = expressions.evaluate(mapping.source(), context);
      if (result.isFailure()) {
        return Outcome.failure(Outcome.IO_MAPPING_ERROR, result.failure());
      }
      NestedTarget.assign(results, mapping.target(), result.value(), context::get);
      context.putAll(results); // later mappings may read earlier targets
    }
    setLocal(instance.key(), results);
    return Outcome.SUCCESS;
  }

  /**
   * Evaluates output mappings in the element's scope and merges the results into its parent; with
   * no output mappings, the given variables (a job's or an event's) are merged instead.
   */
  public Outcome applyOutputMappings(
      ExecutableElement element, ElementInstance instance, Map<String, Object> withoutMappings) {
    List<VariableMapping> mappings = element.outputMappings();
    if (mappings.isEmpty()) {
      if (!withoutMappings.isEmpty()) {
        merge(instance.flowScopeKey(), withoutMappings);
      }
      return Outcome.SUCCESS;
    }
    Map<String, Object> context = state().variables().visible(instance.key());
    Map<String, Object> parentView = state().variables().visible(instance.flowScopeKey());
    Map<String, Object> results = new LinkedHashMap<>();
    for (VariableMapping mapping : mappings) {
      EvaluationResult result = expressions.evaluate(mapping.source(), context);
      if (result.isFailure()) {
        return Outcome.failure(Outcome.IO_MAPPING_ERROR, result.failure());
      }
      NestedTarget.assign(results, mapping.target(), result.value(), parentView::get);
    }
    merge(instance.flowScopeKey(), results);
    return Outcome.SUCCESS;
  }
}
