package io.irplaybook.playbook;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientException;
import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.api.command.DeployResourceCommandStep1.DeployResourceCommandStep2;
import io.camunda.client.api.response.DeploymentEvent;
import io.irplaybook.platform.ServiceConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Deploys the playbooks at start-up, all in one DeployResource command so that a process and the
 * decisions or called processes it needs become available together or not at all. The gateway
 * answers identical content with the version it already has, so a restart adds no versions.
 */
@ApplicationScoped
public class PlaybookDeployer {

  /** After the embedded engine (priority 10) has started listening. */
  static final int STARTUP_PRIORITY = 20;

  private static final Logger LOG = Logger.getLogger(PlaybookDeployer.class);

  /**
   * A cold engine compiles every process and decision of the first deployment (FEEL and DMN engines
   * warm up on it); under load that exceeds the client's default 20 seconds.
   */
  private static final Duration DEPLOY_TIMEOUT = Duration.ofMinutes(2);

  private final CamundaClient client;
  private final PlaybookConfig config;
  private final ServiceConfig service;
  private volatile List<DeployedProcess> deployed = List.of();

  PlaybookDeployer(CamundaClient client, PlaybookConfig config, ServiceConfig service) {
    this.client = client;
    this.config = config;
    this.service = service;
  }

  void onStart(@Observes @Priority(STARTUP_PRIORITY) StartupEvent event) {
    // Deploying is the service replicas' job: an engine-only instance (irp.service.enabled=false)
    // waits for them. Several replicas deploying is harmless, identical content adds no version.
    if (!service.enabled()) {
      LOG.info(
          "Playbooks not deployed by this instance (irp.service.enabled=false): the service replicas deploy them");
      return;
    }
    deployed = deploy();
  }

  /** Deploys the configured playbooks; throws, failing start-up, when the gateway refuses them. */
  List<DeployedProcess> deploy() {
    String source =
        config.directory().map(dir -> dir.toAbsolutePath().toString()).orElse("the packaged bpmn/");
    List<PlaybookResource> resources =
        config
            .directory()
            .map(PlaybookFiles::inDirectory)
            .orElseGet(() -> PlaybookFiles.packaged(PlaybookDeployer.class.getClassLoader()));
    if (resources.isEmpty()) {
      LOG.warnf("No .bpmn or .dmn files in %s; no playbook deployed", source);
      return List.of();
    }
    return deploy(resources, source);
  }

  /** The processes deployed at start-up, as the gateway reported them. */
  public List<DeployedProcess> deployedProcesses() {
    return deployed;
  }

  private List<DeployedProcess> deploy(List<PlaybookResource> resources, String source) {
    DeploymentEvent deployment;
    try {
      deployment = command(resources).requestTimeout(DEPLOY_TIMEOUT).send().join();
    } catch (ClientException e) {
      // The status (INVALID_ARGUMENT, UNAVAILABLE, ...) tells a bad file from an unreachable
      // gateway.
      String reason =
          e instanceof ClientStatusException status
              ? status.getStatusCode() + ": " + e.getMessage()
              : e.getMessage();
      throw new IllegalStateException(
          "Could not deploy the playbooks from "
              + source
              + " to "
              + client.getConfiguration().getGrpcAddress()
              + ": "
              + reason,
          e);
    }
    List<DeployedProcess> processes =
        deployment.getProcesses().stream()
            .map(
                p ->
                    new DeployedProcess(
                        p.getBpmnProcessId(),
                        p.getVersion(),
                        p.getProcessDefinitionKey(),
                        p.getResourceName()))
            .toList();
    processes.forEach(
        p ->
            LOG.infof(
                "Deployed process %s version %d (key %d) from %s",
                p.bpmnProcessId(), p.version(), p.processDefinitionKey(), p.resourceName()));
    deployment
        .getDecisions()
        .forEach(
            d ->
                LOG.infof(
                    "Deployed decision %s version %d (key %d)",
                    d.getDmnDecisionId(), d.getVersion(), d.getDecisionKey()));
    return processes;
  }

  private DeployResourceCommandStep2 command(List<PlaybookResource> resources) {
    DeployResourceCommandStep2 command = null;
    for (PlaybookResource resource : resources) {
      command =
          command == null
              ? client
                  .newDeployResourceCommand()
                  .addResourceBytes(resource.content(), resource.name())
              : command.addResourceBytes(resource.content(), resource.name());
    }
    return command;
  }
}
