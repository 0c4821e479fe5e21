package io.irplaybook.engine.state;

import io.irplaybook.engine.dmn.CompiledDecisions;
import io.irplaybook.engine.dmn.DmnCompiler.CompiledDmn;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Deployed decisions and decision requirements graphs. Versions count per decision id and per graph
 * id, as in Zeebe.
 */
public final class DecisionStore implements Decisions {

  private final CompiledDecisions compiled;
  private final Map<Long, DeployedDecisionRequirements> requirementsByKey = new HashMap<>();
  private final Map<String, TreeMap<Integer, DeployedDecisionRequirements>> requirementsById =
      new HashMap<>();
  private final Map<Long, DeployedDecision> decisionsByKey = new HashMap<>();
  private final Map<String, TreeMap<Integer, DeployedDecision>> decisionsById = new HashMap<>();

  public DecisionStore(CompiledDecisions compiled) {
    this.compiled = compiled;
  }

  public void clear() {
    requirementsByKey.clear();
    requirementsById.clear();
    decisionsByKey.clear();
    decisionsById.clear();
  }

  public void putRequirements(
      long key,
      String drgId,
      String name,
      int version,
      String resourceName,
      String checksum,
      String xml) {
    CompiledDmn dmn =
        compiled.compile(resourceName, checksum, xml.getBytes(StandardCharsets.UTF_8));
    if (dmn.failed()) {
      throw new IllegalStateException(
          "Expected deployed DMN '" + resourceName + "' to parse, but " + dmn.problem());
    }
    var requirements =
        new DeployedDecisionRequirements(
            key, drgId, name, version, resourceName, checksum, dmn.parsed());
    requirementsByKey.put(key, requirements);
    requirementsById.computeIfAbsent(drgId, id -> new TreeMap<>()).put(version, requirements);
  }

  public void putDecision(
      long key, String decisionId, String name, int version, long requirementsKey) {
    var decision =
        new DeployedDecision(
            key, decisionId, name, version, requirementsByKey.get(requirementsKey));
    decisionsByKey.put(key, decision);
    decisionsById.computeIfAbsent(decisionId, id -> new TreeMap<>()).put(version, decision);
  }

  @Override
  public DeployedDecisionRequirements latestRequirements(String drgId) {
    var versions = requirementsById.get(drgId);
    return versions == null ? null : versions.lastEntry().getValue();
  }

  @Override
  public DeployedDecision latestDecision(String decisionId) {
    var versions = decisionsById.get(decisionId);
    return versions == null ? null : versions.lastEntry().getValue();
  }

  @Override
  public DeployedDecision decision(long key) {
    return decisionsByKey.get(key);
  }

  @Override
  public List<DeployedDecision> decisionsOf(long requirementsKey) {
    return decisionsByKey.values().stream()
        .filter(d -> d.requirements().key() == requirementsKey)
        .sorted(Comparator.comparingLong(DeployedDecision::key))
        .toList();
  }
}
