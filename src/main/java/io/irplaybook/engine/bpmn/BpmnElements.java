package io.irplaybook.engine.bpmn;

import static io.irplaybook.engine.model.ElementKind.BOUNDARY_EVENT;
import static io.irplaybook.engine.model.ElementKind.BUSINESS_RULE_TASK;
import static io.irplaybook.engine.model.ElementKind.CALL_ACTIVITY;
import static io.irplaybook.engine.model.ElementKind.CAMUNDA_USER_TASK;
import static io.irplaybook.engine.model.ElementKind.END_EVENT;
import static io.irplaybook.engine.model.ElementKind.EXCLUSIVE_GATEWAY;
import static io.irplaybook.engine.model.ElementKind.INCLUSIVE_GATEWAY;
import static io.irplaybook.engine.model.ElementKind.INTERMEDIATE_CATCH_EVENT;
import static io.irplaybook.engine.model.ElementKind.MULTI_INSTANCE_BODY;
import static io.irplaybook.engine.model.ElementKind.PARALLEL_GATEWAY;
import static io.irplaybook.engine.model.ElementKind.PROCESS;
import static io.irplaybook.engine.model.ElementKind.RECEIVE_TASK;
import static io.irplaybook.engine.model.ElementKind.SERVICE_TASK;
import static io.irplaybook.engine.model.ElementKind.START_EVENT;
import static io.irplaybook.engine.model.ElementKind.SUB_PROCESS;
import static io.irplaybook.engine.model.ElementKind.USER_TASK;
import static java.util.Map.entry;

import io.irplaybook.engine.behavior.Behaviors;
import io.irplaybook.engine.behavior.BoundaryEventSubscriptions;
import io.irplaybook.engine.behavior.ElementTransitions;
import io.irplaybook.engine.behavior.MessageStartEvents;
import io.irplaybook.engine.bpmn.container.CallActivityProcessor;
import io.irplaybook.engine.bpmn.container.MultiInstanceBodyProcessor;
import io.irplaybook.engine.bpmn.container.ProcessProcessor;
import io.irplaybook.engine.bpmn.container.SubProcessProcessor;
import io.irplaybook.engine.bpmn.event.BoundaryEventProcessor;
import io.irplaybook.engine.bpmn.event.IntermediateCatchEventProcessor;
import io.irplaybook.engine.bpmn.event.NoneEventProcessor;
import io.irplaybook.engine.bpmn.gateway.ExclusiveGatewayProcessor;
import io.irplaybook.engine.bpmn.gateway.InclusiveGatewayProcessor;
import io.irplaybook.engine.bpmn.gateway.ParallelGatewayProcessor;
import io.irplaybook.engine.bpmn.task.BusinessRuleTaskProcessor;
import io.irplaybook.engine.bpmn.task.CamundaUserTaskProcessor;
import io.irplaybook.engine.bpmn.task.JobWorkerTaskProcessor;
import io.irplaybook.engine.bpmn.task.ReceiveTaskProcessor;
import io.irplaybook.engine.dmn.DecisionEvaluator;
import io.irplaybook.engine.expression.ExpressionLanguage;
import io.irplaybook.engine.model.BusinessRuleTaskCompiler;
import io.irplaybook.engine.model.CallActivityCompiler;
import io.irplaybook.engine.model.CatchEventCompiler;
import io.irplaybook.engine.model.ElementCompiler;
import io.irplaybook.engine.model.EndEventCompiler;
import io.irplaybook.engine.model.GatewayCompiler;
import io.irplaybook.engine.model.JobWorkerTaskCompiler;
import io.irplaybook.engine.model.ProcessCompiler;
import io.irplaybook.engine.model.ReceiveTaskCompiler;
import io.irplaybook.engine.model.SubProcessCompiler;
import io.irplaybook.engine.model.UserTaskCompiler;
import java.util.Map;

/**
 * The one registry of the BPMN elements the engine runs: which compiler turns each BPMN element
 * type into executable elements, and which processor runs each element kind. Adding an element kind
 * means its compiler, its processor and a line in each table here; an element type missing from the
 * first table is rejected at deploy time.
 */
public final class BpmnElements {

  private BpmnElements() {}

  /** The compiler of each supported BPMN element type, by its XML name. */
  public static Map<String, ElementCompiler<?>> compilers(ExpressionLanguage expressions) {
    return Map.ofEntries(
        entry("startEvent", new CatchEventCompiler(START_EVENT, expressions)),
        entry("endEvent", new EndEventCompiler()),
        entry(
            "intermediateCatchEvent",
            new CatchEventCompiler(INTERMEDIATE_CATCH_EVENT, expressions)),
        entry("boundaryEvent", new CatchEventCompiler(BOUNDARY_EVENT, expressions)),
        entry("serviceTask", new JobWorkerTaskCompiler(expressions)),
        entry("userTask", new UserTaskCompiler(expressions)),
        entry("businessRuleTask", new BusinessRuleTaskCompiler(expressions)),
        entry("receiveTask", new ReceiveTaskCompiler(expressions)),
        entry("callActivity", new CallActivityCompiler(expressions)),
        entry("subProcess", new SubProcessCompiler()),
        entry("exclusiveGateway", new GatewayCompiler(EXCLUSIVE_GATEWAY)),
        entry("parallelGateway", new GatewayCompiler(PARALLEL_GATEWAY)),
        entry("inclusiveGateway", new GatewayCompiler(INCLUSIVE_GATEWAY)));
  }

  /** A process compiler that knows every element type of {@link #compilers}. */
  public static ProcessCompiler processCompiler(ExpressionLanguage expressions) {
    return new ProcessCompiler(expressions, compilers(expressions));
  }

  /** Registers the processor of each element kind with the transitions that call them. */
  public static void registerProcessors(Behaviors behaviors) {
    ElementTransitions transitions = behaviors.transitions();
    transitions.register(PROCESS, new ProcessProcessor(behaviors));
    transitions.register(SUB_PROCESS, new SubProcessProcessor(behaviors));
    transitions.register(START_EVENT, new NoneEventProcessor(behaviors));
    transitions.register(END_EVENT, new NoneEventProcessor(behaviors));
    transitions.register(BOUNDARY_EVENT, new BoundaryEventProcessor(behaviors));
    transitions.register(INTERMEDIATE_CATCH_EVENT, new IntermediateCatchEventProcessor(behaviors));
    transitions.register(SERVICE_TASK, new JobWorkerTaskProcessor(behaviors));
    transitions.register(USER_TASK, new JobWorkerTaskProcessor(behaviors));
    transitions.register(CAMUNDA_USER_TASK, new CamundaUserTaskProcessor(behaviors));
    transitions.register(
        BUSINESS_RULE_TASK, new BusinessRuleTaskProcessor(behaviors, new DecisionEvaluator()));
    transitions.register(RECEIVE_TASK, new ReceiveTaskProcessor(behaviors));
    transitions.register(CALL_ACTIVITY, new CallActivityProcessor(behaviors));
    transitions.register(MULTI_INSTANCE_BODY, new MultiInstanceBodyProcessor(behaviors));
    transitions.register(EXCLUSIVE_GATEWAY, new ExclusiveGatewayProcessor(behaviors));
    transitions.register(PARALLEL_GATEWAY, new ParallelGatewayProcessor(behaviors));
    transitions.register(INCLUSIVE_GATEWAY, new InclusiveGatewayProcessor(behaviors));
    BoundaryEventSubscriptions.install(behaviors);
    MessageStartEvents.install(behaviors);
  }
}
