package io.irplaybook.engine.state;

/** One version of a deployed decision; {@code requirements} is the graph it was deployed with. */
public record DeployedDecision(
    long key,
    String decisionId,
    String name,
    int version,
    DeployedDecisionRequirements requirements) {}
