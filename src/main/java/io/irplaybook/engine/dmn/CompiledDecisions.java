package io.irplaybook.engine.dmn;

import io.irplaybook.engine.dmn.DmnCompiler.CompiledDmn;
import java.util.HashMap;
import java.util.Map;

/**
 * DMN parse results by the SHA-256 of their content, so replaying a deployment and deploying the
 * same decisions again parse each resource once. Not part of the engine state (a recovery clears
 * the state, not what the content compiles to). Used by the processing thread only.
 */
public final class CompiledDecisions {

  private final DmnCompiler compiler;
  private final Map<String, CompiledDmn> byChecksum = new HashMap<>();

  public CompiledDecisions(DmnCompiler compiler) {
    this.compiler = compiler;
  }

  /** Parses a resource once per content; a resource that does not parse is kept as a failure. */
  public CompiledDmn compile(String resourceName, String checksum, byte[] content) {
    return byChecksum.computeIfAbsent(checksum, c -> compiler.compile(resourceName, content));
  }
}
