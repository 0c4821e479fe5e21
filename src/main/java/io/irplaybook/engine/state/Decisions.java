package io.irplaybook.engine.state;

import java.util.List;

/** Read-only view of the deployed decisions and decision requirements graphs. */
public interface Decisions {

  /** The newest version of a decision requirements graph, or null. */
  DeployedDecisionRequirements latestRequirements(String drgId);

  /** The newest version of a decision, or null. */
  DeployedDecision latestDecision(String decisionId);

  DeployedDecision decision(long key);

  /** The decisions deployed with one version of a graph, in key order. */
  List<DeployedDecision> decisionsOf(long requirementsKey);
}
