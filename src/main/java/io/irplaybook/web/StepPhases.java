package io.irplaybook.web;

import java.util.List;
import java.util.Map;

/**
 * Which phase a playbook step belongs to: its task header {@code phase}, which every user task of
 * the playbooks carries (docs/contracts.md). Tasks created before the header existed, and steps of
 * processes that name no phase, fall back to their BPMN element id: this table maps the playbooks'
 * id prefixes and a few whole ids (docs/web.md); a step nobody mapped counts as {@link
 * Phase#REVIEW}, so a new step shows up somewhere rather than nowhere.
 */
final class StepPhases {

  /** Whole ids first, because some prefixes (e.g. {@code identify-}) mean different phases. */
  private static final Map<String, Phase> EXACT =
      Map.ofEntries(
          Map.entry("identify-secrets", Phase.ROTATE),
          Map.entry("escalate-reset", Phase.ROTATE),
          Map.entry("check-device-integrity", Phase.HARDEN),
          Map.entry("conditional-access", Phase.HARDEN),
          Map.entry("eradicate-and-recover", Phase.HARDEN),
          Map.entry("decide-recovery", Phase.HARDEN),
          Map.entry("review-logs", Phase.DETECT),
          Map.entry("investigate-compromise", Phase.DETECT),
          Map.entry("executive-approval", Phase.NOTIFY),
          Map.entry("edit-notices", Phase.NOTIFY),
          Map.entry("assess-personal-data", Phase.NOTIFY),
          Map.entry("confirm-no-filing", Phase.NOTIFY),
          Map.entry("determine-materiality", Phase.NOTIFY),
          Map.entry("coordinate-external-parties", Phase.NOTIFY),
          Map.entry("brief-commander-on-compromise", Phase.CONTAIN),
          Map.entry("record-no-exposure", Phase.CONTAIN),
          Map.entry("capture-device-state", Phase.PRESERVE));

  private static final List<Map.Entry<String, Phase>> PREFIXES =
      List.of(
          Map.entry("restrict-", Phase.CONTAIN),
          Map.entry("disable-", Phase.CONTAIN),
          Map.entry("apply-vendor-", Phase.CONTAIN),
          Map.entry("identify-", Phase.CONTAIN),
          Map.entry("isolate-", Phase.CONTAIN),
          Map.entry("preserve-", Phase.PRESERVE),
          Map.entry("legal-hold-", Phase.PRESERVE),
          Map.entry("capture-", Phase.PRESERVE),
          Map.entry("reset-", Phase.ROTATE),
          Map.entry("rotate-", Phase.ROTATE),
          Map.entry("verify-", Phase.ROTATE),
          Map.entry("escalate-wave-", Phase.ROTATE),
          Map.entry("patch-", Phase.HARDEN),
          Map.entry("harden-", Phase.HARDEN),
          Map.entry("request-vendor-", Phase.DETECT),
          Map.entry("deploy-detections", Phase.DETECT),
          Map.entry("hunt-", Phase.DETECT),
          Map.entry("approve-", Phase.NOTIFY),
          Map.entry("legal-review-", Phase.NOTIFY),
          Map.entry("submit-regulator-", Phase.NOTIFY),
          Map.entry("escalate-regulator-", Phase.NOTIFY),
          Map.entry("post-incident-", Phase.REVIEW),
          Map.entry("own-follow-up", Phase.REVIEW),
          Map.entry("record-override-", Phase.REVIEW));

  private StepPhases() {}

  /** The phase the step's header names, else the one its element id maps to. */
  static Phase of(String phaseHeader, String elementId) {
    if (phaseHeader != null) {
      for (Phase phase : Phase.values()) {
        if (phase.key().equals(phaseHeader)) {
          return phase;
        }
      }
    }
    return of(elementId);
  }

  static Phase of(String elementId) {
    if (elementId == null) {
      return Phase.REVIEW;
    }
    Phase exact = EXACT.get(elementId);
    if (exact != null) {
      return exact;
    }
    return PREFIXES.stream()
        .filter(e -> elementId.startsWith(e.getKey()))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse(Phase.REVIEW);
  }
}
