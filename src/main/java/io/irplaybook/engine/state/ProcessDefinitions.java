package io.irplaybook.engine.state;

import java.util.Collection;

/** Read-only view of the deployed processes. */
public interface ProcessDefinitions {

  DeployedProcess process(long processDefinitionKey);

  DeployedProcess process(String bpmnProcessId, int version);

  /** The newest version, or null. */
  DeployedProcess latest(String bpmnProcessId);

  /** The newest version of every deployed process (for message and signal start events). */
  Collection<DeployedProcess> latestOfEach();
}
