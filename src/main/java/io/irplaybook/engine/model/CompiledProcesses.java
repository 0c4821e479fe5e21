package io.irplaybook.engine.model;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * BPMN compile results by the SHA-256 of their content. Compiling is deterministic, so a result
 * kept under a checksum is what compiling again would give. A restart replays every deployed
 * process and then deploys the playbooks again, mostly unchanged: without this cache they were
 * parsed, validated and compiled twice.
 *
 * <p>Not part of the engine state: the state is rebuilt from the log at every recovery, while what
 * was compiled stays true for the content. Used by the processing thread only.
 */
public final class CompiledProcesses {

  private final ProcessCompiler compiler;
  private final Map<String, CompileResult> byChecksum = new HashMap<>();

  public CompiledProcesses(ProcessCompiler compiler) {
    this.compiler = compiler;
  }

  /** The result kept for this content, or a fresh compilation that is not kept (yet). */
  public CompileResult compile(String resourceName, byte[] content, String checksum) {
    CompileResult kept = byChecksum.get(checksum);
    return kept != null ? kept : compiler.compile(resourceName, content);
  }

  /** Keeps a result, once its deployment is accepted. */
  public void remember(String checksum, CompileResult result) {
    byChecksum.put(checksum, result);
  }

  /** The compile result of content with this checksum, when it was compiled and kept already. */
  public Optional<CompileResult> compiled(String checksum) {
    return Optional.ofNullable(byChecksum.get(checksum));
  }

  /**
   * The executable process of a deployed resource, compiled once per content; the replay of a
   * deployment keeps its result for the next deployment of the same content.
   */
  public ExecutableProcess executable(
      String bpmnProcessId, String resourceName, String checksum, String xml) {
    CompileResult compiled =
        byChecksum.computeIfAbsent(
            checksum, c -> compiler.compile(resourceName, xml.getBytes(StandardCharsets.UTF_8)));
    return compiled.processes().stream()
        .filter(p -> p.bpmnProcessId().equals(bpmnProcessId))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "Expected process '"
                        + bpmnProcessId
                        + "' in '"
                        + resourceName
                        + "', but it does not compile any more"));
  }
}
