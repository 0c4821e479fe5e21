package io.irplaybook.engine.state;

import io.irplaybook.engine.dmn.DmnCompiler;
import io.irplaybook.engine.dmn.DmnCompiler.CompiledDmn;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Deployed decisions and decision requirements graphs, kept apart from MutableState so the DMN part
 * stays in one place. Versions count per decision id and per graph id, as in Zeebe.
 */
public final class DecisionStore {

  private final DmnCompiler compiler;
  private final Map<String, CompiledDmn> compiledByChecksum = new HashMap<>();
  private final Map<Long, DeployedDecisionRequirements> requirementsByKey = new HashMap<>();
  private final Map<String, TreeMap<Integer, DeployedDecisionRequirements>> requirementsById =
      new HashMap<>();
  private final Map<Long, DeployedDecision> decisionsByKey = new HashMap<>();
  private final Map<String, TreeMap<Integer, DeployedDecision>> decisionsById = new HashMap<>();

  public DecisionStore(DmnCompiler compiler) {
    this.compiler = compiler;
  }

  /** Parses a resource once per content; replaying its deployment reuses the result. */
  public CompiledDmn compile(String resourceName, String checksum, byte[] content) {
    return compiledByChecksum.computeIfAbsent(
        checksum, c -> compiler.compile(resourceName, content));
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
    CompiledDmn compiled = compile(resourceName, checksum, xml.getBytes(StandardCharsets.UTF_8));
    if (compiled.failed()) {
      throw new IllegalStateException(
          "Expected deployed DMN '" + resourceName + "' to parse, but " + compiled.problem());
    }
    var requirements =
        new DeployedDecisionRequirements(
            key, drgId, name, version, resourceName, checksum, compiled.parsed());
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

  public DeployedDecisionRequirements latestRequirements(String drgId) {
    var versions = requirementsById.get(drgId);
    return versions == null ? null : versions.lastEntry().getValue();
  }

  public DeployedDecision latestDecision(String decisionId) {
    var versions = decisionsById.get(decisionId);
    return versions == null ? null : versions.lastEntry().getValue();
  }

  public DeployedDecision decision(long key) {
    return decisionsByKey.get(key);
  }

  /** The decisions deployed with one version of a graph, in key order. */
  public List<DeployedDecision> decisionsOf(long requirementsKey) {
    return decisionsByKey.values().stream()
        .filter(d -> d.requirements().key() == requirementsKey)
        .sorted(Comparator.comparingLong(DeployedDecision::key))
        .toList();
  }
}
