package io.irplaybook.engine.command;

import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.DeployResourceResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.Deployment;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ProcessMetadata;
import io.irplaybook.engine.dmn.CompiledDecisions;
import io.irplaybook.engine.model.CompileResult;
import io.irplaybook.engine.model.CompiledProcesses;
import io.irplaybook.engine.model.ExecutableProcess;
import io.irplaybook.engine.processing.Command;
import io.irplaybook.engine.processing.ProcessingContext;
import io.irplaybook.engine.processing.Rejection;
import io.irplaybook.engine.processing.Responder;
import io.irplaybook.engine.state.DeployedProcess;
import io.irplaybook.engine.state.event.ProcessDeployed;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Deploys BPMN and DMN resources, all or nothing. A process whose resource is byte-for-byte the one
 * of its latest version is not deployed again: the answer names the existing version, so deploying
 * the same playbooks at every start-up creates no new versions.
 */
public final class DeployResourceCommand implements Command {

  private static final Logger LOG = Logger.getLogger(DeployResourceCommand.class);
  public static final String TENANT = "<default>";

  /** One file of the request. */
  public record Resource(String name, byte[] content) {}

  private final List<Resource> resources;
  private final CompiledProcesses compiledProcesses;
  private final CompiledDecisions compiledDecisions;
  private final Responder<DeployResourceResponse> responder;

  public DeployResourceCommand(
      List<Resource> resources,
      CompiledProcesses compiledProcesses,
      CompiledDecisions compiledDecisions,
      Responder<DeployResourceResponse> responder) {
    this.resources = resources;
    this.compiledProcesses = compiledProcesses;
    this.compiledDecisions = compiledDecisions;
    this.responder = responder;
  }

  @Override
  public void process(ProcessingContext context) {
    if (resources.isEmpty()) {
      context.reject(
          responder,
          Rejection.invalidArgument(
              "Expected to deploy at least one resource, but none was given"));
      return;
    }
    List<String> problems = new ArrayList<>();
    List<Compiled> compiled = new ArrayList<>();
    List<DecisionDeployment.Parsed> decisions = new ArrayList<>();
    for (Resource resource : resources) {
      String name = resource.name();
      if (name.endsWith(".dmn")) {
        decisions.add(
            DecisionDeployment.parse(
                compiledDecisions, resource, checksum(resource.content()), problems));
        continue;
      }
      if (!name.endsWith(".bpmn") && !name.endsWith(".xml")) {
        problems.add(
            "'"
                + name
                + "': Expected a resource named *.bpmn, *.xml or *.dmn, but got '"
                + name
                + "'");
        continue;
      }
      String checksum = checksum(resource.content());
      CompileResult result = compiledProcesses.compile(name, resource.content(), checksum);
      result.problems().forEach(p -> problems.add("'" + name + "': " + p));
      compiled.add(new Compiled(resource, checksum, result));
    }
    if (!problems.isEmpty()) {
      context.reject(
          responder,
          Rejection.invalidArgument(
              "Expected to deploy new resources, but encountered the following errors:\n"
                  + String.join("\n", problems)));
      return;
    }
    DeployResourceResponse.Builder response =
        DeployResourceResponse.newBuilder().setKey(context.nextKey()).setTenantId(TENANT);
    for (DecisionDeployment.Parsed dmn : decisions) {
      DecisionDeployment.deploy(context, dmn, response);
    }
    for (Compiled resource : compiled) {
      compiledProcesses.remember(resource.checksum(), resource.result());
      for (ExecutableProcess process : resource.result().processes()) {
        response.addDeployments(
            Deployment.newBuilder().setProcess(deploy(context, resource, process)));
      }
    }
    context.respond(responder, response.build());
  }

  private ProcessMetadata deploy(
      ProcessingContext context, Compiled resource, ExecutableProcess process) {
    DeployedProcess latest = context.state().processes().latest(process.bpmnProcessId());
    DeployedProcess deployed = latest;
    if (latest == null || !latest.checksum().equals(resource.checksum())) {
      int version = latest == null ? 1 : latest.version() + 1;
      long key = context.nextKey();
      context.emit(
          new ProcessDeployed(
              key,
              process.bpmnProcessId(),
              version,
              resource.resource().name(),
              resource.checksum(),
              new String(resource.resource().content(), StandardCharsets.UTF_8)));
      deployed = context.state().processes().process(key);
      LOG.infof(
          "Deployed process '%s' version %d (key %d) from %s",
          process.bpmnProcessId(), version, key, resource.resource().name());
    }
    return ProcessMetadata.newBuilder()
        .setBpmnProcessId(deployed.bpmnProcessId())
        .setVersion(deployed.version())
        .setProcessDefinitionKey(deployed.key())
        .setResourceName(deployed.resourceName())
        .setTenantId(TENANT)
        .build();
  }

  private record Compiled(Resource resource, String checksum, CompileResult result) {}

  private static String checksum(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  @Override
  public void abandon(Rejection rejection) {
    responder.reject(rejection);
  }

  @Override
  public String toString() {
    return "DeployResource" + resources.stream().map(Resource::name).toList();
  }
}
