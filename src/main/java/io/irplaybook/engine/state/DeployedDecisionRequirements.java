package io.irplaybook.engine.state;

import org.camunda.dmn.parser.ParsedDmn;

/**
 * One version of a deployed decision requirements graph (a DMN resource), parsed for evaluation.
 */
public record DeployedDecisionRequirements(
    long key,
    String drgId,
    String name,
    int version,
    String resourceName,
    String checksum,
    ParsedDmn parsed) {}
