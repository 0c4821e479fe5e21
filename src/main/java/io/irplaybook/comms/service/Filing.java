package io.irplaybook.comms.service;

import java.util.Locale;
import java.util.Map;

/**
 * The one regulator obligation a {@code regulator-notice} draft is for: the local variables {@code
 * regime} and {@code report} that {@code regulatory-obligation} maps from the decision {@code
 * regulatory-obligations}, and the obligation's deadline. A draft names only this regime and
 * report.
 *
 * @param regime e.g. {@code JP-PPC}, {@code EU-GDPR}; null when rendered outside an obligation
 * @param report the decision's report name, e.g. {@code PPC preliminary report (速報)}
 * @param due the deadline after the clock's anchor (ISO-8601 duration or period), or null
 */
public record Filing(String regime, String report, String due) {

  /** The report kinds the templates are written for. */
  public enum Kind {
    PPC_PRELIMINARY,
    PPC_FINAL,
    PPC_EXEMPTION_RECORD,
    INDIVIDUALS_NOTICE,
    GDPR_NOTIFICATION,
    GDPR_DATA_SUBJECTS_DECISION,
    GDPR_REGISTER_ENTRY,
    ICO_REPORT,
    NIS2_EARLY_WARNING,
    NIS2_NOTIFICATION,
    NIS2_FINAL_REPORT,
    SEC_FORM_8K,
    OTHER
  }

  static final Filing NONE = new Filing(null, null, null);

  static Filing from(Map<String, Object> variables) {
    Map<?, ?> obligation = variables.get("obligation") instanceof Map<?, ?> m ? m : Map.of();
    Object regime = variables.getOrDefault("regime", obligation.get("regime"));
    Object report = variables.getOrDefault("report", obligation.get("report"));
    Object due = obligation.get("due");
    return new Filing(text(regime), text(report), text(due));
  }

  /** What kind of report this is, read from the regime and the decision's report name. */
  public Kind kind() {
    String r = report == null ? "" : report.toLowerCase(Locale.ROOT);
    if (regime == null) {
      return Kind.OTHER;
    }
    return switch (regime) {
      case "JP-PPC" ->
          r.contains("確報") || r.contains("final")
              ? Kind.PPC_FINAL
              : r.contains("exemption") || r.contains("record")
                  ? Kind.PPC_EXEMPTION_RECORD
                  : Kind.PPC_PRELIMINARY;
      case "JP-APPI-individuals" -> Kind.INDIVIDUALS_NOTICE;
      case "EU-GDPR" ->
          r.contains("33(5)") || r.contains("register")
              ? Kind.GDPR_REGISTER_ENTRY
              : r.contains("34") ? Kind.GDPR_DATA_SUBJECTS_DECISION : Kind.GDPR_NOTIFICATION;
      case "UK-ICO" -> Kind.ICO_REPORT;
      case "EU-NIS2" ->
          r.contains("early")
              ? Kind.NIS2_EARLY_WARNING
              : r.contains("final") ? Kind.NIS2_FINAL_REPORT : Kind.NIS2_NOTIFICATION;
      case "US-SEC" -> Kind.SEC_FORM_8K;
      default -> Kind.OTHER;
    };
  }

  private static String text(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString().strip();
  }
}
