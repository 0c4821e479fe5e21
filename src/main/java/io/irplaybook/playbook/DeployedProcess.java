package io.irplaybook.playbook;

import com.fasterxml.jackson.annotation.JsonFormat;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A process definition as the gateway reported it after deployment.
 *
 * @param bpmnProcessId the process id from the BPMN file
 * @param version the version the gateway holds (unchanged when identical content is deployed again)
 * @param processDefinitionKey the key that identifies this version
 * @param resourceName the file the process came from
 */
public record DeployedProcess(
    String bpmnProcessId,
    int version,
    @JsonFormat(shape = JsonFormat.Shape.STRING)
        @Schema(type = SchemaType.STRING, example = "2251799813685250")
        long processDefinitionKey,
    String resourceName) {}
