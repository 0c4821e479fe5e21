package io.irplaybook.engine.model;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.Activity;
import io.camunda.zeebe.model.bpmn.instance.BaseElement;
import io.camunda.zeebe.model.bpmn.instance.BoundaryEvent;
import io.camunda.zeebe.model.bpmn.instance.CatchEvent;
import io.camunda.zeebe.model.bpmn.instance.ExclusiveGateway;
import io.camunda.zeebe.model.bpmn.instance.FlowElement;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.InclusiveGateway;
import io.camunda.zeebe.model.bpmn.instance.ItemAwareElement;
import io.camunda.zeebe.model.bpmn.instance.Process;
import io.camunda.zeebe.model.bpmn.instance.SequenceFlow;
import io.camunda.zeebe.model.bpmn.instance.StartEvent;
import io.camunda.zeebe.model.bpmn.instance.SubProcess;
import io.camunda.zeebe.model.bpmn.instance.ThrowEvent;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeIoMapping;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeMapping;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeUserTask;
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
  private final JobDefinitionCompiler jobs;
  private final UserTaskDefinitionCompiler userTasks;
  private final EventDefinitionCompiler events;

  public ProcessCompiler(ExpressionLanguage expressions) {
    this.expressions = expressions;
    this.jobs = new JobDefinitionCompiler(expressions);
    this.userTasks = new UserTaskDefinitionCompiler(expressions);
    this.events = new EventDefinitionCompiler(expressions);
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
    ExecutableElement root =
        new ExecutableElement(process.getId(), process.getName(), ElementKind.PROCESS, null);
    elements.put(root.id(), root);
    compileScope(root, process.getFlowElements(), elements, problems);
    return new ExecutableProcess(process.getId(), root, Map.copyOf(elements));
  }

  private void compileScope(
      ExecutableElement scope,
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
        ElementKind kind = kindOf(node, problems);
        if (kind == null) {
          continue;
        }
        LoopDefinition loop =
            node instanceof Activity activity
                ? ActivityExtensions.loop(activity, expressions, problems)
                : null;
        ExecutableElement body =
            loop == null
                ? null
                : new ExecutableElement(
                    node.getId(), node.getName(), ElementKind.MULTI_INSTANCE_BODY, scope);
        ExecutableElement element =
            new ExecutableElement(node.getId(), node.getName(), kind, body == null ? scope : body);
        compileMappings(node, element, problems);
        if (kind.isJobWorkerTask()) {
          element.jobDefinition = jobs.compile(node, kind, problems);
        }
        if (kind == ElementKind.CAMUNDA_USER_TASK) {
          element.userTaskDefinition = userTasks.compile(node, problems);
        }
        if (kind == ElementKind.BUSINESS_RULE_TASK) {
          element.calledDecision = BusinessRuleTasks.compile(node, expressions, problems);
        }
        if (kind == ElementKind.CALL_ACTIVITY) {
          element.calledElement = ActivityExtensions.calledElement(node, expressions, problems);
        }
        events.compile(node, element, problems);
        if (node instanceof BoundaryEvent boundary) {
          boundaries.add(boundary);
        }
        if (node instanceof SubProcess sub) {
          compileScope(element, sub.getFlowElements(), elements, problems);
        }
        if (body != null) {
          // flows and boundary events attach to the body; the inner activity is reached through it
          body.loop = loop;
          body.innerActivity = element;
          element = body;
        }
        local.put(element.id(), element);
        elements.put(element.id(), element);
      }
    }
    for (SequenceFlow flow : flows) {
      compileFlow(flow, local, problems);
    }
    for (BoundaryEvent boundary : boundaries) {
      ExecutableElement event = local.get(boundary.getId());
      ExecutableElement attached = local.get(boundary.getAttachedTo().getId());
      if (attached != null) {
        event.attachedTo = attached;
        attached.boundaryEvents.add(event);
      }
    }
    for (FlowElement flowElement : flowElements) {
      SequenceFlow defaultFlow =
          flowElement instanceof ExclusiveGateway exclusive
              ? exclusive.getDefault()
              : flowElement instanceof InclusiveGateway inclusive ? inclusive.getDefault() : null;
      ExecutableElement element = local.get(flowElement.getId());
      if (defaultFlow != null && element != null) {
        element.defaultFlow =
            element.outgoing.stream()
                .filter(f -> f.id().equals(defaultFlow.getId()))
                .findFirst()
                .orElse(null);
      }
    }
    scope.noneStartEvent =
        local.values().stream().filter(ProcessCompiler::isNoneStart).findFirst().orElse(null);
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
    return element.kind() == ElementKind.START_EVENT && element.trigger() == EventTrigger.NONE;
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

  private ElementKind kindOf(FlowNode node, List<String> problems) {
    String type = node.getElementType().getTypeName();
    switch (type) {
      case "startEvent":
        return events.start(
            (StartEvent) node, node.getParentElement() instanceof Process, problems);
      case "receiveTask":
        return ElementKind.RECEIVE_TASK;
      case "endEvent":
        if (!((ThrowEvent) node).getEventDefinitions().isEmpty()) {
          problems.add(unsupported(node, "an end event with an event definition"));
          return null;
        }
        return ElementKind.END_EVENT;
      case "serviceTask":
        return ElementKind.SERVICE_TASK;
      case "businessRuleTask":
        return BusinessRuleTasks.kindOf(node);
      case "userTask":
        return node.getSingleExtensionElement(ZeebeUserTask.class) != null
            ? ElementKind.CAMUNDA_USER_TASK
            : ElementKind.USER_TASK;
      case "exclusiveGateway":
        return ElementKind.EXCLUSIVE_GATEWAY;
      case "parallelGateway":
        return ElementKind.PARALLEL_GATEWAY;
      case "inclusiveGateway":
        return ElementKind.INCLUSIVE_GATEWAY;
      case "subProcess":
        if (((SubProcess) node).triggeredByEvent()) {
          problems.add(unsupported(node, "an event sub-process"));
          return null;
        }
        return ElementKind.SUB_PROCESS;
      case "callActivity":
        return ElementKind.CALL_ACTIVITY;
      case "boundaryEvent":
        return events.boundary((BoundaryEvent) node, problems);
      case "intermediateCatchEvent":
        return events.intermediateCatch((CatchEvent) node, problems);
      default:
        problems.add(unsupported(node, "a " + type));
        return null;
    }
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
