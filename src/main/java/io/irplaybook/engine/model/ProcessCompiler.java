package io.irplaybook.engine.model;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.Activity;
import io.camunda.zeebe.model.bpmn.instance.BaseElement;
import io.camunda.zeebe.model.bpmn.instance.BoundaryEvent;
import io.camunda.zeebe.model.bpmn.instance.ExclusiveGateway;
import io.camunda.zeebe.model.bpmn.instance.FlowElement;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.InclusiveGateway;
import io.camunda.zeebe.model.bpmn.instance.ItemAwareElement;
import io.camunda.zeebe.model.bpmn.instance.Process;
import io.camunda.zeebe.model.bpmn.instance.SequenceFlow;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeIoMapping;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeMapping;
import io.camunda.zeebe.model.bpmn.validation.zeebe.ZeebeDesignTimeValidators;
import io.irplaybook.engine.expression.Expression;
import io.irplaybook.engine.expression.ExpressionLanguage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.model.xml.validation.ValidationResult;
import org.camunda.bpm.model.xml.validation.ValidationResultType;
import org.camunda.bpm.model.xml.validation.ValidationResults;

/**
 * Reads a BPMN resource, applies Zeebe's design-time rules plus this engine's own, and compiles
 * every executable process into a graph of {@link ExecutableElement}s. Anything the engine cannot
 * run is rejected here, with the element id and a sentence, rather than failing an instance later.
 */
public final class ProcessCompiler {

  static final String SUPPORTED =
      "none start event, none end event, service task, user task (Camunda user task or job worker),"
          + " exclusive gateway,"
          + " parallel gateway, inclusive gateway, embedded sub-process, error boundary event, business rule task,"
          + " call activity, multi-instance (parallel or sequential) task, sub-process or call activity,"
          + " timer intermediate catch event, timer boundary event, message start, intermediate catch"
          + " and boundary events, receive task, signal start, intermediate catch and boundary events";

  private final ExpressionLanguage expressions;
  private final Map<String, ElementCompiler<?>> compilers;

  /**
   * @param compilers the compiler of each supported BPMN element type, by its XML name ({@code
   *     serviceTask}); the registry {@code engine.bpmn.BpmnElements} provides them
   */
  public ProcessCompiler(
      ExpressionLanguage expressions, Map<String, ElementCompiler<?>> compilers) {
    this.expressions = expressions;
    this.compilers = Map.copyOf(compilers);
  }

  public CompileResult compile(String resourceName, byte[] content) {
    List<String> problems = new ArrayList<>();
    BpmnModelInstance model;
    try {
      model = Bpmn.readModelFromStream(new ByteArrayInputStream(content));
    } catch (RuntimeException e) {
      return rejected(
          "Expected a BPMN 2.0 XML document, but '"
              + resourceName
              + "' could not be read: "
              + rootMessage(e));
    }
    validateDesignTime(model, problems);
    if (!problems.isEmpty()) {
      return new CompileResult(List.of(), problems);
    }
    List<ExecutableProcess> processes = new ArrayList<>();
    for (Process process : model.getModelElementsByType(Process.class)) {
      if (process.isExecutable()) {
        processes.add(compileProcess(process, problems));
      }
    }
    if (processes.isEmpty() && problems.isEmpty()) {
      problems.add(
          "Expected at least one executable process in '"
              + resourceName
              + "', but found none (set isExecutable=\"true\")");
    }
    return problems.isEmpty()
        ? new CompileResult(processes, List.of())
        : new CompileResult(List.of(), problems);
  }

  private static CompileResult rejected(String problem) {
    return new CompileResult(List.of(), List.of(problem));
  }

  private static void validateDesignTime(BpmnModelInstance model, List<String> problems) {
    ValidationResults results = model.validate(ZeebeDesignTimeValidators.VALIDATORS);
    results
        .getResults()
        .forEach(
            (element, list) -> {
              for (ValidationResult result : list) {
                if (result.getType() == ValidationResultType.ERROR) {
                  String id =
                      element instanceof BaseElement base
                          ? base.getId()
                          : element.getElementType().getTypeName();
                  problems.add("Element '" + id + "': " + result.getMessage());
                }
              }
            });
  }

  private ExecutableProcess compileProcess(Process process, List<String> problems) {
    Map<String, ExecutableElement> elements = new LinkedHashMap<>();
    ExecutableContainer root =
        new ExecutableContainer(process.getId(), process.getName(), ElementKind.PROCESS, null);
    elements.put(root.id(), root);
    compileScope(root, process.getFlowElements(), elements, problems);
    return new ExecutableProcess(process.getId(), root, Map.copyOf(elements));
  }

  private void compileScope(
      ExecutableContainer scope,
      Collection<FlowElement> flowElements,
      Map<String, ExecutableElement> elements,
      List<String> problems) {
    Map<String, ExecutableElement> local = new HashMap<>();
    List<SequenceFlow> flows = new ArrayList<>();
    List<BoundaryEvent> boundaries = new ArrayList<>();
    for (FlowElement flowElement : flowElements) {
      if (flowElement instanceof SequenceFlow flow) {
        flows.add(flow);
      } else if (flowElement instanceof ItemAwareElement) {
        continue; // data objects and references carry no behaviour in Zeebe either
      } else if (flowElement instanceof FlowNode node) {
        ExecutableElement element =
            compileNode(
                node,
                scope,
                problems,
                (container, children, found) -> compileScope(container, children, elements, found));
        if (element == null) {
          continue;
        }
        if (node instanceof BoundaryEvent boundary) {
          boundaries.add(boundary);
        }
        local.put(element.id(), element);
        elements.put(element.id(), element);
      }
    }
    for (SequenceFlow flow : flows) {
      compileFlow(flow, local, problems);
    }
    for (BoundaryEvent boundary : boundaries) {
      if (local.get(boundary.getId()) instanceof ExecutableBoundaryEvent event
          && local.get(boundary.getAttachedTo().getId()) instanceof ExecutableActivity attached) {
        event.attachedTo = attached;
        attached.boundaryEvents.add(event);
      }
    }
    for (FlowElement flowElement : flowElements) {
      SequenceFlow defaultFlow =
          flowElement instanceof ExclusiveGateway exclusive
              ? exclusive.getDefault()
              : flowElement instanceof InclusiveGateway inclusive ? inclusive.getDefault() : null;
      if (defaultFlow != null
          && local.get(flowElement.getId()) instanceof ExecutableGateway gateway) {
        gateway.defaultFlow =
            gateway.outgoing.stream()
                .filter(f -> f.id().equals(defaultFlow.getId()))
                .findFirst()
                .orElse(null);
      }
    }
    scope.noneStartEvent =
        local.values().stream()
            .filter(ProcessCompiler::isNoneStart)
            .map(ExecutableCatchEvent.class::cast)
            .findFirst()
            .orElse(null);
    long starts = local.values().stream().filter(ProcessCompiler::isNoneStart).count();
    boolean messageStarts =
        local.values().stream()
            .anyMatch(e -> e.kind() == ElementKind.START_EVENT && !isNoneStart(e));
    // a process may start by message only; a sub-process always starts at its one none start event
    if (starts > 1 || starts == 0 && !messageStarts) {
      problems.add(
          "Expected '"
              + scope.id()
              + "' to have exactly one none start event, but it has "
              + starts);
    }
    GatewayRules.check(local.values(), problems);
  }

  private static boolean isNoneStart(ExecutableElement element) {
    return element instanceof ExecutableCatchEvent event
        && event.kind() == ElementKind.START_EVENT
        && event.trigger() == EventTrigger.NONE;
  }

  /**
   * Compiles one flow node with the compiler of its element type: its kind, the multi-instance body
   * around it, the variable mappings every kind shares, then what is particular to the kind.
   * Returns the element its scope sees (the body, for a multi-instance activity), or null when the
   * node was rejected.
   */
  private ExecutableElement compileNode(
      FlowNode node,
      ExecutableContainer scope,
      List<String> problems,
      ElementCompiler.Scopes scopes) {
    String type = node.getElementType().getTypeName();
    ElementCompiler<?> compiler = compilers.get(type);
    if (compiler == null) {
      problems.add(unsupported(node, "a " + type));
      return null;
    }
    return compileNode(node, compiler, scope, problems, scopes);
  }

  private <T extends ExecutableElement> ExecutableElement compileNode(
      FlowNode node,
      ElementCompiler<T> compiler,
      ExecutableContainer scope,
      List<String> problems,
      ElementCompiler.Scopes scopes) {
    ElementKind kind = compiler.kindOf(node, problems);
    if (kind == null) {
      return null;
    }
    LoopDefinition loop =
        node instanceof Activity activity
            ? ActivityExtensions.loop(activity, expressions, problems)
            : null;
    ExecutableMultiInstanceBody body =
        loop == null
            ? null
            : new ExecutableMultiInstanceBody(
                node.getId(), node.getName(), ElementKind.MULTI_INSTANCE_BODY, scope);
    T element = compiler.create(node, kind, body == null ? scope : body);
    compileMappings(node, element, problems);
    compiler.compile(node, element, scopes, problems);
    if (body == null) {
      return element;
    }
    // flows and boundary events attach to the body; the inner activity is reached through it
    body.loop = loop;
    body.innerActivity = (ExecutableActivity) element;
    return body;
  }

  private void compileFlow(
      SequenceFlow flow, Map<String, ExecutableElement> local, List<String> problems) {
    ExecutableElement source = local.get(flow.getSource().getId());
    ExecutableElement target = local.get(flow.getTarget().getId());
    if (source == null || target == null) {
      return; // an endpoint was rejected already; its problem is reported
    }
    Expression condition = null;
    if (flow.getConditionExpression() != null
        && !flow.getConditionExpression().getTextContent().isBlank()) {
      List<String> local2 = new ArrayList<>();
      condition =
          expressions.parseAlwaysFeel(
              flow.getConditionExpression().getTextContent().trim(), local2);
      local2.forEach(p -> problems.add("Element '" + flow.getId() + "': " + p));
    }
    ExecutableFlow executable = new ExecutableFlow(flow.getId(), source, target, condition);
    source.outgoing.add(executable);
    target.incoming.add(executable);
  }

  static String unsupported(BaseElement element, String what) {
    return "Expected only supported elements ("
        + SUPPORTED
        + "), but '"
        + element.getId()
        + "' is "
        + what;
  }

  private void compileMappings(FlowNode node, ExecutableElement element, List<String> problems) {
    ZeebeIoMapping io = node.getSingleExtensionElement(ZeebeIoMapping.class);
    if (io == null) {
      return;
    }
    element.inputMappings = compileMappings(node.getId(), io.getInputs(), problems);
    element.outputMappings = compileMappings(node.getId(), io.getOutputs(), problems);
  }

  private List<VariableMapping> compileMappings(
      String elementId, Collection<? extends ZeebeMapping> mappings, List<String> problems) {
    List<VariableMapping> compiled = new ArrayList<>();
    for (var mapping : mappings) {
      List<String> local = new ArrayList<>();
      Expression source = expressions.parseAlwaysFeel(mapping.getSource(), local);
      local.forEach(p -> problems.add("Element '" + elementId + "': " + p));
      if (source != null) {
        compiled.add(new VariableMapping(source, mapping.getTarget()));
      }
    }
    return List.copyOf(compiled);
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }
}
