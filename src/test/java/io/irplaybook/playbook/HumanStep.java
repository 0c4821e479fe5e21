package io.irplaybook.playbook;

import java.util.List;
import java.util.Map;

/**
 * A user task as a responder's inbox would see it: the step, who may take it, and for which wave or
 * item.
 */
record HumanStep(
    String bpmnProcessId,
    String elementId,
    List<String> candidateGroups,
    Integer wave,
    String item,
    Map<String, String> headers,
    Map<String, Object> variables) {

  static HumanStep of(StepTask job) {
    Map<String, Object> variables = job.getVariablesAsMap();
    Object wave = variables.get("waveNumber");
    Object item =
        variables.containsKey("waveItem")
            ? variables.get("waveItem")
            : variables.containsKey("device")
                ? variables.get("device")
                : variables.get("jurisdiction");
    return new HumanStep(
        job.getBpmnProcessId(),
        job.getElementId(),
        job.getCandidateGroups(),
        wave instanceof Number number ? number.intValue() : null,
        item == null ? null : item.toString(),
        job.getCustomHeaders(),
        variables);
  }

  /**
   * How the golden lists in the tests name a step: "wave 2: rotate-credential [identity-admin]".
   */
  String label() {
    return (wave == null ? "" : "wave " + wave + ": ") + elementId + " " + candidateGroups;
  }

  /** The variables the step's completion may set: its {@code outputs} header. */
  List<String> outputs() {
    String declared = headers.getOrDefault("outputs", "");
    return declared.isBlank() ? List.of() : List.of(declared.split(","));
  }

  /**
   * The title the inbox shows: {@code title-prefix: <value of title-item>} for a multi-instance
   * step, where title-item is a dotted variable path (docs/contracts.md).
   */
  String title() {
    String path = headers.get("title-item");
    if (path == null) {
      return null;
    }
    Object value = variables;
    for (String key : path.split("\\.")) {
      value = value instanceof Map<?, ?> map ? map.get(key) : null;
    }
    return headers.get("title-prefix") + ": " + value;
  }

  boolean requiresTwoPeople() {
    return "true".equals(headers.get("requires-two-person"));
  }
}
