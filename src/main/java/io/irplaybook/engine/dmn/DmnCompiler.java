package io.irplaybook.engine.dmn;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.camunda.dmn.DmnEngine;
import org.camunda.dmn.parser.ParsedDecision;
import org.camunda.dmn.parser.ParsedDmn;
import scala.jdk.javaapi.CollectionConverters;
import scala.util.Either;

/**
 * Parses a DMN resource with dmn-scala (the engine Zeebe uses) into a decision requirements graph
 * and its decisions. A resource dmn-scala cannot parse is rejected at deploy time, as in Zeebe,
 * rather than failing its first evaluation.
 */
public final class DmnCompiler {

  /** One decision of a graph, in document order. */
  public record Decision(String id, String name) {}

  /** The parsed graph, or the sentence that says why it could not be parsed. */
  public record CompiledDmn(
      String drgId, String drgName, ParsedDmn parsed, List<Decision> decisions, String problem) {

    public boolean failed() {
      return problem != null;
    }
  }

  private final DmnEngine engine = new DmnEngine.Builder().build();

  public CompiledDmn compile(String resourceName, byte[] content) {
    Either<DmnEngine.Failure, ParsedDmn> result;
    try {
      result = engine.parse(new ByteArrayInputStream(content));
    } catch (RuntimeException e) {
      return failed(
          "Expected a DMN 1.3 XML document, but '"
              + resourceName
              + "' could not be read: "
              + e.getMessage());
    }
    if (result.isLeft()) {
      return failed(
          "Expected a valid DMN resource, but '"
              + resourceName
              + "' is not: "
              + result.left().get().message());
    }
    ParsedDmn parsed = result.right().get();
    List<Decision> decisions = new ArrayList<>();
    for (ParsedDecision decision : CollectionConverters.asJava(parsed.decisions())) {
      decisions.add(new Decision(decision.id(), decision.name()));
    }
    if (decisions.isEmpty()) {
      return failed("Expected at least one decision in '" + resourceName + "', but found none");
    }
    var definitions = parsed.model().getDefinitions();
    return new CompiledDmn(
        definitions.getId(), definitions.getName(), parsed, List.copyOf(decisions), null);
  }

  private static CompiledDmn failed(String problem) {
    return new CompiledDmn(null, null, null, List.of(), problem);
  }
}
