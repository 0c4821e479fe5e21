package io.irplaybook.engine.state;

import io.irplaybook.engine.model.ExecutableProcess;

/** One version of a deployed process. */
public record DeployedProcess(
    long key,
    String bpmnProcessId,
    int version,
    String resourceName,
    String checksum,
    ExecutableProcess executable) {}
