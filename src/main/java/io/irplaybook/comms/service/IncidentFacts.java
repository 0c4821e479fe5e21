package io.irplaybook.comms.service;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the templates may say about an incident: the process variables of docs/contracts.md, each
 * null when the incident does not (yet) say it, and the moment the draft is written. Templates show
 * a missing fact as "to be confirmed, with the date of the next update" in the draft's language,
 * never a guess and never a raw null.
 *
 * @param locale the draft's language ({@code ja} or {@code en})
 * @param zone the organisation's time zone: {@code organization.timeZone}, else Asia/Tokyo for a
 *     Japanese organisation and UTC for any other
 * @param renderedAt when the draft is written: its date, and the base of "we will update you by"
 */
public record IncidentFacts(
    String incidentId,
    String title,
    String scenario,
    String severity,
    String tier,
    String organization,
    Integer employees,
    Boolean personalData,
    List<String> jurisdictions,
    List<Asset> assets,
    String locale,
    ZoneId zone,
    Instant renderedAt,
    Instant awareAt,
    LocalDate exposureStart,
    String contact,
    String corporateNumber,
    Boolean improperPurpose,
    String personalDataAssessment,
    Filing filing) {

  /** The edge-device scenario; any other is read as the cloud configuration backup exposure. */
  static final String EDGE_DEVICE = "edge-device-exploitation";

  /** How long after a draft its "we will update you by" date falls. */
  static final Period NEXT_UPDATE = Period.ofDays(3);

  /** One affected asset. */
  public record Asset(String name, String kind, Boolean usedCloudBackup) {}

  /** The facts as of now (tests and callers without a clock). */
  public static IncidentFacts from(Map<String, Object> variables) {
    return from(variables, Instant.now());
  }

  public static IncidentFacts from(Map<String, Object> variables, Instant renderedAt) {
    Map<?, ?> org = variables.get("organization") instanceof Map<?, ?> m ? m : Map.of();
    Map<?, ?> decision = variables.get("tierDecision") instanceof Map<?, ?> m ? m : Map.of();
    String locale = text(variables.get("locale"));
    if (locale == null) {
      locale = text(org.get("locale"));
    }
    String orgLocale = text(org.get("locale")) == null ? locale : text(org.get("locale"));
    return new IncidentFacts(
        text(variables.get("incidentId")),
        text(variables.get("title")),
        text(variables.get("scenario")),
        text(variables.get("severity")),
        text(decision.get("tier")),
        text(org.get("name")),
        number(
            variables.get("employees") != null ? variables.get("employees") : org.get("employees")),
        bool(
            variables.get("personalData") != null
                ? variables.get("personalData")
                : org.get("personalData")),
        strings(variables.get("jurisdictions")),
        assets(variables.get("assets")),
        "ja".equals(locale) ? "ja" : "en",
        zone(text(org.get("timeZone")), orgLocale),
        renderedAt,
        instant(variables.get("awareAt")),
        date(variables.get("exposureStart")),
        text(org.get("contact")),
        text(org.get("corporateNumber")),
        bool(variables.get("improperPurpose")),
        text(variables.get("personalDataAssessment")),
        Filing.from(variables));
  }

  public boolean ja() {
    return "ja".equals(locale);
  }

  /**
   * A fact nobody has established yet, as a sentence: "To be confirmed; we will update you by
   * &lt;date&gt;." / 「確認中です。&lt;日付&gt;までに続報をお知らせします。」
   */
  public String unknown() {
    return ja()
        ? "確認中です。" + updateBy() + "までに続報をお知らせします。"
        : "To be confirmed; we will update you by " + updateBy() + ".";
  }

  /** The short form for lists and internal notes: 「確認中」 / "to be confirmed". */
  public String tbc() {
    return ja() ? "確認中" : "to be confirmed";
  }

  /** A field the filer must complete before submission (regulators get no guesses). */
  public String toFill() {
    return ja() ? "【提出前に記入してください】" : "[to be completed before submission]";
  }

  /** The date of the next update: three days after the draft, in the organisation's zone. */
  public String updateBy() {
    return date(renderedAt.atZone(zone).toLocalDate().plus(NEXT_UPDATE));
  }

  /** The draft's date, in the organisation's zone. */
  public String today() {
    return date(renderedAt.atZone(zone).toLocalDate());
  }

  /** When the organisation became aware, with its zone named; "to be confirmed" when unknown. */
  public String awareAtText() {
    return awareAt == null ? tbc() : dateTime(awareAt);
  }

  /** When the exposure began as far as known (the earliest backup or exploitation date). */
  public String occurredText() {
    if (exposureStart == null) {
      return tbc();
    }
    return ja() ? date(exposureStart) + "以降（推定）" : "from " + date(exposureStart) + " (estimated)";
  }

  /** The deadline of this filing (the clock's anchor plus its due), or null when unknown. */
  public String dueText() {
    if (awareAt == null || filing.due() == null) {
      return null;
    }
    try {
      Instant due =
          filing.due().contains("T")
              ? awareAt.plus(java.time.Duration.parse(filing.due()))
              : awareAt.atZone(zone).plus(Period.parse(filing.due())).toInstant();
      return dateTime(due);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /**
   * The PPC final report's deadline: 60 days from awareness when an improper purpose is suspected
   * (Enforcement Rules Art. 8(2)), 30 days otherwise.
   */
  public String finalReportBy() {
    if (awareAt == null) {
      return tbc();
    }
    int days = Boolean.TRUE.equals(improperPurpose) ? 60 : 30;
    return date(awareAt.atZone(zone).toLocalDate().plusDays(days));
  }

  /** The contact point the organisation gives, or a field to fill. */
  public String contactText() {
    return contact == null
        ? (ja() ? "【送付前に問い合わせ窓口を記入してください】" : "[add the contact point before sending]")
        : contact;
  }

  public String corporateNumberText() {
    return corporateNumber == null ? toFill() : corporateNumber;
  }

  public String organizationText() {
    return organization == null ? (ja() ? "当社" : "We") : organization;
  }

  public boolean edgeDevice() {
    return EDGE_DEVICE.equals(scenario);
  }

  public boolean personalDataKnown() {
    return personalData != null;
  }

  /**
   * Whether the Japanese PPC items apply: JP is named, or no jurisdiction is known yet (show, do
   * not hide).
   */
  public boolean japan() {
    return jurisdictions.isEmpty() || jurisdictions.contains("JP");
  }

  /** Whether the GDPR Art. 33 items apply: EU/EEA is named, or no jurisdiction is known yet. */
  public boolean gdpr() {
    return jurisdictions.isEmpty()
        || jurisdictions.stream().anyMatch(j -> j.equals("EU") || j.equals("EEA"));
  }

  public String jurisdictionList() {
    return jurisdictions.isEmpty() ? tbc() : String.join(", ", jurisdictions);
  }

  public List<Asset> cloudBackupAssets() {
    return assets.stream().filter(a -> Boolean.TRUE.equals(a.usedCloudBackup())).toList();
  }

  /**
   * The time zone as the drafts name it: 「日本時間」 / "JST (Asia/Tokyo)" for Tokyo, else its IANA id
   * ("UTC", "Europe/Berlin").
   */
  public String zoneName() {
    if (zone.getId().equals("Asia/Tokyo")) {
      return ja() ? "日本時間" : "JST (Asia/Tokyo)";
    }
    return zone.getId();
  }

  public Filing.Kind filingKind() {
    return filing.kind();
  }

  /** Whether this draft is for the report kind named (a {@link Filing.Kind} constant). */
  public boolean kindIs(String kind) {
    return filing.kind().name().equals(kind);
  }

  /**
   * An item a regulator report cannot state yet: in a first report it follows later
   * (「確認中（確報にて報告いたします）」), in a final report the filer must complete it.
   */
  public String reportLater() {
    if (finalReport()) {
      return toFill();
    }
    if (filing.kind() == Filing.Kind.PPC_PRELIMINARY) {
      return ja() ? "確認中（確報にて報告いたします）" : "to be confirmed (will follow in the final report)";
    }
    return ja() ? "確認中（判明次第、追って報告いたします）" : "to be confirmed (will follow as soon as known)";
  }

  /**
   * The category of the PPC Enforcement Rules Art. 7 the case falls under: (iii) when unauthorised
   * access for an improper purpose is suspected, as in this playbook's scenarios.
   */
  public String ppcCategory() {
    if (Boolean.TRUE.equals(improperPurpose)) {
      return ja()
          ? "第3号（不正の目的をもって行われたおそれがある当該個人情報取扱事業者に対する行為による個人データの漏えい等が発生し、又は発生したおそれがある事態）"
          : "Art. 7(iii): leakage etc. of personal data caused, or possibly caused, by an act against the business"
              + " done for an improper purpose";
    }
    if (Boolean.FALSE.equals(improperPurpose)) {
      return ja()
          ? "第1号、第2号又は第4号のうち該当するもの：" + reportLater()
          : "whichever of Art. 7(i), (ii) or (iv) applies: " + reportLater();
    }
    return reportLater();
  }

  /** Severity in the draft's language (internal drafts only). */
  public String severityText() {
    if (severity == null) {
      return tbc();
    }
    if (!ja()) {
      return severity;
    }
    return switch (severity) {
      case "low" -> "低";
      case "medium" -> "中";
      case "high" -> "高";
      case "critical" -> "緊急";
      default -> severity;
    };
  }

  /** The playbook tier in the draft's language (internal drafts only). */
  public String tierText() {
    if (tier == null) {
      return tbc();
    }
    if (!ja()) {
      return tier;
    }
    return switch (tier) {
      case "small" -> "小規模";
      case "mid" -> "中規模";
      case "large" -> "大規模";
      default -> tier;
    };
  }

  /** What the personal data assessment recorded, or an item to report later. */
  public String personalDataItems() {
    return personalDataAssessment == null ? reportLater() : personalDataAssessment;
  }

  /** 速報 or 確報 of a PPC report. */
  public boolean finalReport() {
    return filing.kind() == Filing.Kind.PPC_FINAL || filing.kind() == Filing.Kind.NIS2_FINAL_REPORT;
  }

  String date(LocalDate date) {
    return ja()
        ? DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.JAPANESE).format(date)
        : DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).format(date);
  }

  String dateTime(Instant instant) {
    return ja()
        ? DateTimeFormatter.ofPattern("yyyy年M月d日 H時mm分", Locale.JAPANESE)
                .format(instant.atZone(zone))
            + "（"
            + zoneName()
            + "）"
        : DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH)
                .format(instant.atZone(zone))
            + " "
            + zoneName();
  }

  static ZoneId zone(String timeZone, String orgLocale) {
    if (timeZone != null) {
      try {
        return ZoneId.of(timeZone);
      } catch (DateTimeException e) {
        // Intake refuses a bad zone; one from elsewhere falls back to the locale's default.
      }
    }
    return "ja".equals(orgLocale) ? ZoneId.of("Asia/Tokyo") : ZoneId.of("UTC");
  }

  private static String text(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString();
  }

  private static Integer number(Object value) {
    return value instanceof Number n ? n.intValue() : null;
  }

  private static Boolean bool(Object value) {
    return value instanceof Boolean b ? b : null;
  }

  private static Instant instant(Object value) {
    String text = text(value);
    try {
      return text == null ? null : OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static LocalDate date(Object value) {
    String text = text(value);
    try {
      return text == null
          ? null
          : LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static List<String> strings(Object value) {
    List<String> out = new ArrayList<>();
    if (value instanceof List<?> list) {
      list.stream().filter(v -> v != null).forEach(v -> out.add(v.toString()));
    }
    return List.copyOf(out);
  }

  private static List<Asset> assets(Object value) {
    List<Asset> out = new ArrayList<>();
    if (value instanceof List<?> list) {
      for (Object item : list) {
        if (item instanceof Map<?, ?> m) {
          out.add(
              new Asset(text(m.get("name")), text(m.get("kind")), bool(m.get("usedCloudBackup"))));
        }
      }
    }
    return List.copyOf(out);
  }
}
