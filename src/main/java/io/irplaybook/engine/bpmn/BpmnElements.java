package io.irplaybook.engine.bpmn;

import io.irplaybook.engine.behavior.Behaviors;
import io.irplaybook.engine.behavior.BoundaryEventSubscriptions;
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
import io.irplaybook.engine.model.ElementKind;

/** Registers one processor per element kind with the transitions that call them. */
public final class BpmnProcessors {

  private BpmnProcessors() {}

  public static void register(Behaviors behaviors) {
    var transitions = behaviors.transitions();
    transitions.register(ElementKind.PROCESS, new ProcessProcessor(behaviors));
    transitions.register(ElementKind.SUB_PROCESS, new SubProcessProcessor(behaviors));
    transitions.register(ElementKind.START_EVENT, new NoneEventProcessor(behaviors));
    transitions.register(ElementKind.END_EVENT, new NoneEventProcessor(behaviors));
    transitions.register(ElementKind.BOUNDARY_EVENT, new BoundaryEventProcessor(behaviors));
    transitions.register(ElementKind.SERVICE_TASK, new JobWorkerTaskProcessor(behaviors));
    transitions.register(ElementKind.USER_TASK, new JobWorkerTaskProcessor(behaviors));
    transitions.register(ElementKind.CAMUNDA_USER_TASK, new CamundaUserTaskProcessor(behaviors));
    transitions.register(ElementKind.EXCLUSIVE_GATEWAY, new ExclusiveGatewayProcessor(behaviors));
    transitions.register(ElementKind.PARALLEL_GATEWAY, new ParallelGatewayProcessor(behaviors));
    transitions.register(ElementKind.INCLUSIVE_GATEWAY, new InclusiveGatewayProcessor(behaviors));
    transitions.register(
        ElementKind.BUSINESS_RULE_TASK,
        new BusinessRuleTaskProcessor(behaviors, new DecisionEvaluator()));
    transitions.register(ElementKind.CALL_ACTIVITY, new CallActivityProcessor(behaviors));
    transitions.register(
        ElementKind.MULTI_INSTANCE_BODY, new MultiInstanceBodyProcessor(behaviors));
    transitions.register(
        ElementKind.INTERMEDIATE_CATCH_EVENT, new IntermediateCatchEventProcessor(behaviors));
    transitions.register(ElementKind.RECEIVE_TASK, new ReceiveTaskProcessor(behaviors));
    BoundaryEventSubscriptions.install(behaviors);
    MessageStartEvents.install(behaviors);
  }
}
