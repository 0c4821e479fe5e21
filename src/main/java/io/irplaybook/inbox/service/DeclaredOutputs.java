package io.irplaybook.inbox.service;

import io.irplaybook.inbox.InboxProblem;
import io.irplaybook.platform.FieldError;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Which process variables a task's completion may set (docs/contracts.md, "Human steps"): only the
 * names in its {@code outputs} header, and never a reserved one. Reserved names steer the process
 * itself (whose incident it is, who verifies, which drafts go out); a responder who could set them
 * could verify their own work, skip a regulator filing or act on another incident. They stay
 * refused even when a header declares them, so a mistaken or malicious deployment cannot open them.
 */
public final class DeclaredOutputs {

  /** The task header listing, comma-separated, the variables a completion may set. */
  public static final String HEADER = "outputs";

  /** Set when the incident starts or by machine steps; no person's completion may change them. */
  static final Set<String> RESERVED =
      Set.of(
          "incidentId",
          "tierDecision",
          "commsDrafts",
          "notifyChannels",
          "regulatorDrafts",
          "notificationIds");

  /** A candidate-group list of a later step, e.g. {@code verifyGroups}. */
  static final String RESERVED_SUFFIX = "Groups";

  private static final Logger LOG = Logger.getLogger(DeclaredOutputs.class);

  /** Process id and element id of headers already warned about. */
  private static final Set<String> WARNED = ConcurrentHashMap.newKeySet();

  private DeclaredOutputs() {}

  /**
   * The names a task's {@code outputs} header declares, in order, without blanks or duplicates.
   * Reserved names stay in the list (the task shows what its playbook asked for) and are logged
   * once per process and element.
   */
  static List<String> parse(String header, String bpmnProcessId, String elementId) {
    if (header == null || header.isBlank()) {
      return List.of();
    }
    List<String> names =
        Arrays.stream(header.split(","))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .distinct()
            .toList();
    List<String> reserved = names.stream().filter(DeclaredOutputs::reserved).toList();
    if (!reserved.isEmpty() && WARNED.add(bpmnProcessId + "/" + elementId)) {
      LOG.warnf(
          "Task %s of process %s declares the reserved variable(s) %s in its '%s' header; "
              + "completions may never set them, so the inbox will refuse them: remove them from "
              + "the playbook",
          elementId, bpmnProcessId, reserved, HEADER);
    }
    return names;
  }

  /** Whether no completion may set the name, whatever its task declares. */
  static boolean reserved(String name) {
    return RESERVED.contains(name) || name.endsWith(RESERVED_SUFFIX);
  }

  /**
   * Refuses the completion with 400, naming every variable it may not set and what the task
   * accepts.
   *
   * @param declared the task's declared outputs; empty when it declares none
   */
  static void check(long jobKey, Collection<String> declared, Collection<String> variables) {
    List<String> refused =
        variables.stream()
            .filter(name -> reserved(name) || !declared.contains(name))
            .sorted()
            .toList();
    if (refused.isEmpty()) {
      return;
    }
    List<String> accepted = declared.stream().filter(name -> !reserved(name)).toList();
    String accepts =
        accepted.isEmpty()
            ? "it sets no variables: complete it without any"
            : "it accepts only " + String.join(", ", accepted);
    throw new InboxProblem(
        400,
        "Task " + jobKey + " may not set " + String.join(", ", refused) + "; " + accepts + ".",
        refused.stream().map(name -> new FieldError("variables." + name, why(name))).toList());
  }

  private static String why(String name) {
    return reserved(name)
        ? "Reserved: the process sets it, no completion may."
        : "Not among the task's declared outputs.";
  }
}
