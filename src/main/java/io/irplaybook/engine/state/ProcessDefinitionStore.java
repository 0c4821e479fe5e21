package io.irplaybook.engine.state;

import io.irplaybook.engine.model.CompiledProcesses;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The deployed processes by key and by id and version. A deployment event carries the XML; the
 * executable graph comes from {@link CompiledProcesses}, which compiles each content once.
 */
public final class ProcessDefinitionStore implements ProcessDefinitions {

  private final CompiledProcesses compiled;
  private final Map<Long, DeployedProcess> byKey = new HashMap<>();
  private final Map<String, TreeMap<Integer, DeployedProcess>> byId = new HashMap<>();

  ProcessDefinitionStore(CompiledProcesses compiled) {
    this.compiled = compiled;
  }

  public void put(
      long key,
      String bpmnProcessId,
      int version,
      String resourceName,
      String checksum,
      String xml) {
    DeployedProcess process =
        new DeployedProcess(
            key,
            bpmnProcessId,
            version,
            resourceName,
            checksum,
            compiled.executable(bpmnProcessId, resourceName, checksum, xml));
    byKey.put(key, process);
    byId.computeIfAbsent(bpmnProcessId, id -> new TreeMap<>()).put(version, process);
  }

  @Override
  public DeployedProcess process(long processDefinitionKey) {
    return byKey.get(processDefinitionKey);
  }

  @Override
  public DeployedProcess process(String bpmnProcessId, int version) {
    TreeMap<Integer, DeployedProcess> versions = byId.get(bpmnProcessId);
    return versions == null ? null : versions.get(version);
  }

  @Override
  public DeployedProcess latest(String bpmnProcessId) {
    TreeMap<Integer, DeployedProcess> versions = byId.get(bpmnProcessId);
    return versions == null ? null : versions.lastEntry().getValue();
  }

  @Override
  public Collection<DeployedProcess> latestOfEach() {
    return byId.values().stream().map(versions -> versions.lastEntry().getValue()).toList();
  }

  void clear() {
    byKey.clear();
    byId.clear();
  }
}
