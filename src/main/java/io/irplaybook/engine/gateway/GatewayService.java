package io.irplaybook.engine.gateway;

import io.camunda.zeebe.gateway.protocol.GatewayGrpc;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.*;
import io.grpc.stub.StreamObserver;
import io.irplaybook.engine.behavior.Behaviors;
import io.irplaybook.engine.command.ActivateJobsCommand;
import io.irplaybook.engine.command.BroadcastSignalCommand;
import io.irplaybook.engine.command.CancelProcessInstanceCommand;
import io.irplaybook.engine.command.CompleteJobCommand;
import io.irplaybook.engine.command.CreateProcessInstanceCommand;
import io.irplaybook.engine.command.DeployResourceCommand;
import io.irplaybook.engine.command.EvaluateDecisionCommand;
import io.irplaybook.engine.command.FailJobCommand;
import io.irplaybook.engine.command.PublishMessageCommand;
import io.irplaybook.engine.command.ResolveIncidentCommand;
import io.irplaybook.engine.command.SetVariablesCommand;
import io.irplaybook.engine.command.ThrowErrorCommand;
import io.irplaybook.engine.command.UpdateJobRetriesCommand;
import io.irplaybook.engine.command.UpdateJobTimeoutCommand;
import io.irplaybook.engine.dmn.CompiledDecisions;
import io.irplaybook.engine.dmn.DecisionEvaluator;
import io.irplaybook.engine.model.CompiledProcesses;
import io.irplaybook.engine.processing.CommandProcessor;
import java.util.List;

/**
 * The Zeebe gateway gRPC API. No logic lives here: each call becomes a command for the processor,
 * which answers once the command's events are committed.
 */
public final class GatewayService extends GatewayGrpc.GatewayImplBase {

  private final CommandProcessor processor;
  private final Behaviors behaviors;
  private final CompiledProcesses compiledProcesses;
  private final CompiledDecisions compiledDecisions;
  private final Topology topology;
  private final DecisionEvaluator decisionEvaluator = new DecisionEvaluator();

  public GatewayService(
      CommandProcessor processor,
      Behaviors behaviors,
      CompiledProcesses compiledProcesses,
      CompiledDecisions compiledDecisions,
      Topology topology) {
    this.processor = processor;
    this.behaviors = behaviors;
    this.compiledProcesses = compiledProcesses;
    this.compiledDecisions = compiledDecisions;
    this.topology = topology;
  }

  @Override
  public void topology(TopologyRequest request, StreamObserver<TopologyResponse> observer) {
    observer.onNext(topology.response());
    observer.onCompleted();
  }

  @Override
  public void deployResource(
      DeployResourceRequest request, StreamObserver<DeployResourceResponse> observer) {
    List<DeployResourceCommand.Resource> resources =
        request.getResourcesList().stream()
            .map(r -> new DeployResourceCommand.Resource(r.getName(), r.getContent().toByteArray()))
            .toList();
    processor.submit(
        new DeployResourceCommand(
            resources, compiledProcesses, compiledDecisions, new UnaryResponder<>(observer)));
  }

  @Override
  public void createProcessInstance(
      CreateProcessInstanceRequest request,
      StreamObserver<CreateProcessInstanceResponse> observer) {
    processor.submit(
        new CreateProcessInstanceCommand(request, behaviors, new UnaryResponder<>(observer), null));
  }

  @Override
  public void createProcessInstanceWithResult(
      CreateProcessInstanceWithResultRequest request,
      StreamObserver<CreateProcessInstanceWithResultResponse> observer) {
    ResultCall call = new ResultCall(request, observer);
    processor.submit(new CreateProcessInstanceCommand(request.getRequest(), behaviors, call, call));
  }

  @Override
  public void cancelProcessInstance(
      CancelProcessInstanceRequest request,
      StreamObserver<CancelProcessInstanceResponse> observer) {
    processor.submit(
        new CancelProcessInstanceCommand(
            request.getProcessInstanceKey(), behaviors, new UnaryResponder<>(observer)));
  }

  @Override
  public void activateJobs(
      ActivateJobsRequest request, StreamObserver<ActivateJobsResponse> observer) {
    processor.submit(new ActivateJobsCommand(request, new JobStreamResponder(observer)));
  }

  @Override
  public void completeJob(
      CompleteJobRequest request, StreamObserver<CompleteJobResponse> observer) {
    processor.submit(
        new CompleteJobCommand(
            request.getJobKey(),
            request.getVariables(),
            behaviors,
            new UnaryResponder<>(observer)));
  }

  @Override
  public void failJob(FailJobRequest request, StreamObserver<FailJobResponse> observer) {
    processor.submit(new FailJobCommand(request, behaviors, new UnaryResponder<>(observer)));
  }

  @Override
  public void throwError(ThrowErrorRequest request, StreamObserver<ThrowErrorResponse> observer) {
    processor.submit(new ThrowErrorCommand(request, behaviors, new UnaryResponder<>(observer)));
  }

  @Override
  public void updateJobRetries(
      UpdateJobRetriesRequest request, StreamObserver<UpdateJobRetriesResponse> observer) {
    processor.submit(
        new UpdateJobRetriesCommand(
            request.getJobKey(), request.getRetries(), new UnaryResponder<>(observer)));
  }

  @Override
  public void updateJobTimeout(
      UpdateJobTimeoutRequest request, StreamObserver<UpdateJobTimeoutResponse> observer) {
    processor.submit(
        new UpdateJobTimeoutCommand(
            request.getJobKey(), request.getTimeout(), new UnaryResponder<>(observer)));
  }

  @Override
  public void setVariables(
      SetVariablesRequest request, StreamObserver<SetVariablesResponse> observer) {
    processor.submit(new SetVariablesCommand(request, behaviors, new UnaryResponder<>(observer)));
  }

  @Override
  public void resolveIncident(
      ResolveIncidentRequest request, StreamObserver<ResolveIncidentResponse> observer) {
    processor.submit(
        new ResolveIncidentCommand(
            request.getIncidentKey(), behaviors, new UnaryResponder<>(observer)));
  }

  @Override
  public void publishMessage(
      PublishMessageRequest request, StreamObserver<PublishMessageResponse> observer) {
    processor.submit(new PublishMessageCommand(request, behaviors, new UnaryResponder<>(observer)));
  }

  @Override
  public void broadcastSignal(
      BroadcastSignalRequest request, StreamObserver<BroadcastSignalResponse> observer) {
    processor.submit(
        new BroadcastSignalCommand(request, behaviors, new UnaryResponder<>(observer)));
  }

  @Override
  public void evaluateDecision(
      EvaluateDecisionRequest request, StreamObserver<EvaluateDecisionResponse> observer) {
    processor.submit(
        new EvaluateDecisionCommand(request, decisionEvaluator, new UnaryResponder<>(observer)));
  }

  // ---- not implemented (yet): answered UNIMPLEMENTED with the RPC's name

  @Override
  public void streamActivatedJobs(
      StreamActivatedJobsRequest request, StreamObserver<ActivatedJob> observer) {
    observer.onError(
        GrpcStatuses.unimplemented(
                "StreamActivatedJobs (job streaming; workers must poll with ActivateJobs)")
            .asRuntimeException());
  }

  @Override
  public void deployProcess(
      DeployProcessRequest request, StreamObserver<DeployProcessResponse> observer) {
    observer.onError(
        GrpcStatuses.unimplemented("DeployProcess (deprecated; use DeployResource)")
            .asRuntimeException());
  }

  @Override
  public void modifyProcessInstance(
      ModifyProcessInstanceRequest request,
      StreamObserver<ModifyProcessInstanceResponse> observer) {
    observer.onError(GrpcStatuses.unimplemented("ModifyProcessInstance").asRuntimeException());
  }

  @Override
  public void migrateProcessInstance(
      MigrateProcessInstanceRequest request,
      StreamObserver<MigrateProcessInstanceResponse> observer) {
    observer.onError(GrpcStatuses.unimplemented("MigrateProcessInstance").asRuntimeException());
  }

  @Override
  public void deleteResource(
      DeleteResourceRequest request, StreamObserver<DeleteResourceResponse> observer) {
    observer.onError(GrpcStatuses.unimplemented("DeleteResource").asRuntimeException());
  }
}
