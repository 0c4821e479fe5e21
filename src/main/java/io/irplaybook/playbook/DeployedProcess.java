package io.irplaybook.playbook;

/**
 * A process definition as the gateway reported it after deployment.
 *
 * @param bpmnProcessId the process id from the BPMN file
 * @param version the version the gateway holds (unchanged when identical content is deployed again)
 * @param processDefinitionKey the key that identifies this version
 * @param resourceName the file the process came from
 */
public record DeployedProcess(
    String bpmnProcessId, int version, long processDefinitionKey, String resourceName) {}
