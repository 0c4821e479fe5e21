package io.irplaybook.engine.command;

import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.DecisionMetadata;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.DecisionRequirementsMetadata;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.DeployResourceResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.Deployment;
import io.irplaybook.engine.dmn.CompiledDecisions;
import io.irplaybook.engine.dmn.DmnCompiler.CompiledDmn;
import io.irplaybook.engine.processing.ProcessingContext;
import io.irplaybook.engine.state.Decisions;
import io.irplaybook.engine.state.DeployedDecision;
import io.irplaybook.engine.state.DeployedDecisionRequirements;
import io.irplaybook.engine.state.event.DecisionDeployed;
import io.irplaybook.engine.state.event.DecisionRequirementsDeployed;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The DMN half of DeployResource. A graph whose content equals its latest version is not deployed
 * again (the answer names the existing versions); otherwise the graph and each of its decisions get
 * the next version of their own id, as Zeebe counts them.
 */
final class DecisionDeployment {

  private static final Logger LOG = Logger.getLogger(DecisionDeployment.class);

  /** A parsed DMN resource waiting for the whole deployment to be valid. */
  record Parsed(DeployResourceCommand.Resource resource, String checksum, CompiledDmn compiled) {}

  private DecisionDeployment() {}

  static Parsed parse(
      CompiledDecisions compiledDecisions,
      DeployResourceCommand.Resource resource,
      String checksum,
      List<String> problems) {
    CompiledDmn compiled = compiledDecisions.compile(resource.name(), checksum, resource.content());
    if (compiled.failed()) {
      problems.add("'" + resource.name() + "': " + compiled.problem());
    }
    return new Parsed(resource, checksum, compiled);
  }

  static void deploy(
      ProcessingContext context, Parsed parsed, DeployResourceResponse.Builder response) {
    Decisions store = context.state().decisions();
    CompiledDmn compiled = parsed.compiled();
    DeployedDecisionRequirements latest = store.latestRequirements(compiled.drgId());
    DeployedDecisionRequirements deployed = latest;
    if (latest == null || !latest.checksum().equals(parsed.checksum())) {
      long key = context.nextKey();
      int version = latest == null ? 1 : latest.version() + 1;
      context.emit(
          new DecisionRequirementsDeployed(
              key,
              compiled.drgId(),
              compiled.drgName(),
              version,
              parsed.resource().name(),
              parsed.checksum(),
              new String(parsed.resource().content(), StandardCharsets.UTF_8)));
      for (var decision : compiled.decisions()) {
        DeployedDecision previous = store.latestDecision(decision.id());
        context.emit(
            new DecisionDeployed(
                context.nextKey(),
                decision.id(),
                decision.name(),
                previous == null ? 1 : previous.version() + 1,
                key));
      }
      deployed = store.latestRequirements(compiled.drgId());
      LOG.infof(
          "Deployed decisions %s version %d (key %d) from %s",
          compiled.drgId(), version, key, parsed.resource().name());
    }
    response.addDeployments(Deployment.newBuilder().setDecisionRequirements(metadata(deployed)));
    for (DeployedDecision decision : store.decisionsOf(deployed.key())) {
      response.addDeployments(Deployment.newBuilder().setDecision(metadata(decision)));
    }
  }

  private static DecisionRequirementsMetadata metadata(DeployedDecisionRequirements requirements) {
    return DecisionRequirementsMetadata.newBuilder()
        .setDmnDecisionRequirementsId(requirements.drgId())
        .setDmnDecisionRequirementsName(nullToEmpty(requirements.name()))
        .setVersion(requirements.version())
        .setDecisionRequirementsKey(requirements.key())
        .setResourceName(requirements.resourceName())
        .setTenantId(DeployResourceCommand.TENANT)
        .build();
  }

  private static DecisionMetadata metadata(DeployedDecision decision) {
    return DecisionMetadata.newBuilder()
        .setDmnDecisionId(decision.decisionId())
        .setDmnDecisionName(nullToEmpty(decision.name()))
        .setVersion(decision.version())
        .setDecisionKey(decision.key())
        .setDmnDecisionRequirementsId(decision.requirements().drgId())
        .setDecisionRequirementsKey(decision.requirements().key())
        .setTenantId(DeployResourceCommand.TENANT)
        .build();
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }
}
