package io.irplaybook.comms;

import io.irplaybook.comms.service.Filing;
import io.irplaybook.comms.service.IncidentFacts;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Three incidents the communications are reviewed against: small without personal data, mid with
 * personal data in Japan (the edge-device scenario), large in Japan and the EU. Each lists the
 * regulator filings its drafts are rendered for; the large one every report kind, so every
 * regulator template is rendered at least once.
 */
final class CommsFixtures {

  /** When every fixture draft is written: 2 December 2026, 10:30 in Tokyo. */
  static final Instant RENDERED_AT = Instant.parse("2026-12-02T01:30:00Z");

  /** One fixture incident: its variables and the filings (regime, report) it drafts. */
  record Fixture(String name, Map<String, Object> variables, Map<Filing.Kind, Filing> filings) {

    IncidentFacts facts(String locale, Filing filing) {
      Map<String, Object> all = new HashMap<>(variables);
      all.put("locale", locale);
      if (filing != null) {
        all.put("regime", filing.regime());
        all.put("report", filing.report());
        Map<String, Object> obligation = new HashMap<>();
        obligation.put("due", filing.due());
        all.put("obligation", obligation);
      }
      return IncidentFacts.from(all, RENDERED_AT);
    }
  }

  /** The decision regulatory-obligations' rows, as comms.render receives them. */
  static final Map<Filing.Kind, Filing> ALL_FILINGS = new LinkedHashMap<>();

  static {
    ALL_FILINGS.put(
        Filing.Kind.PPC_PRELIMINARY, new Filing("JP-PPC", "PPC preliminary report (速報)", "P5D"));
    ALL_FILINGS.put(
        Filing.Kind.PPC_FINAL,
        new Filing("JP-PPC", "PPC final report (確報), improper purpose: 60 days", "P60D"));
    ALL_FILINGS.put(
        Filing.Kind.INDIVIDUALS_NOTICE,
        new Filing("JP-APPI-individuals", "Notice to the individuals concerned (本人通知)", "P5D"));
    ALL_FILINGS.put(
        Filing.Kind.PPC_EXEMPTION_RECORD,
        new Filing(
            "JP-PPC", "Record of the high-level-encryption exemption (no PPC report)", "P5D"));
    ALL_FILINGS.put(
        Filing.Kind.GDPR_NOTIFICATION,
        new Filing(
            "EU-GDPR", "GDPR Art. 33 notification to the lead supervisory authority", "PT72H"));
    ALL_FILINGS.put(
        Filing.Kind.GDPR_DATA_SUBJECTS_DECISION,
        new Filing("EU-GDPR", "GDPR Art. 34 decision on communicating to data subjects", "PT72H"));
    ALL_FILINGS.put(
        Filing.Kind.GDPR_REGISTER_ENTRY,
        new Filing("EU-GDPR", "GDPR Art. 33(5) breach register entry", "PT72H"));
    ALL_FILINGS.put(
        Filing.Kind.ICO_REPORT, new Filing("UK-ICO", "ICO personal data breach report", "PT72H"));
    ALL_FILINGS.put(
        Filing.Kind.NIS2_EARLY_WARNING,
        new Filing("EU-NIS2", "NIS2 early warning to the CSIRT or competent authority", "PT24H"));
    ALL_FILINGS.put(
        Filing.Kind.NIS2_NOTIFICATION,
        new Filing("EU-NIS2", "NIS2 incident notification", "PT72H"));
    ALL_FILINGS.put(
        Filing.Kind.NIS2_FINAL_REPORT, new Filing("EU-NIS2", "NIS2 final report", "P1M"));
    ALL_FILINGS.put(Filing.Kind.SEC_FORM_8K, new Filing("US-SEC", "SEC Form 8-K Item 1.05", null));
    ALL_FILINGS.put(
        Filing.Kind.OTHER,
        new Filing("OTHER", "Breach notification duty determined by legal", "PT72H"));
  }

  static final Fixture SMALL =
      new Fixture(
          "small",
          Map.ofEntries(
              Map.entry("incidentId", "INC-2026-0007"),
              Map.entry("title", "Cloud backup exposure"),
              Map.entry("scenario", "cloud-config-backup-exposure"),
              Map.entry("severity", "high"),
              Map.entry("tierDecision", Map.of("tier", "small")),
              Map.entry("employees", 20),
              Map.entry("personalData", false),
              Map.entry("jurisdictions", List.of("JP")),
              Map.entry(
                  "organization",
                  Map.of(
                      "name",
                      "Example Trading KK",
                      "employees",
                      20,
                      "locale",
                      "en",
                      "contact",
                      "IT desk, it-desk@example-trading.example, 03-0000-0000")),
              Map.entry(
                  "assets",
                  List.of(Map.of("name", "fw-hq", "kind", "firewall", "usedCloudBackup", true))),
              Map.entry("awareAt", "2026-12-01T00:15:00Z"),
              Map.entry("exposureStart", "2026-09-17")),
          Map.of(Filing.Kind.OTHER, ALL_FILINGS.get(Filing.Kind.OTHER)));

  static final Fixture MID =
      new Fixture(
          "mid",
          Map.ofEntries(
              Map.entry("incidentId", "INC-2026-0042"),
              Map.entry("title", "SSL-VPN appliance exploited"),
              Map.entry("scenario", "edge-device-exploitation"),
              Map.entry("severity", "critical"),
              Map.entry("tierDecision", Map.of("tier", "mid")),
              Map.entry("employees", 180),
              Map.entry("personalData", true),
              Map.entry("improperPurpose", true),
              Map.entry("jurisdictions", List.of("JP")),
              Map.entry(
                  "organization",
                  Map.of(
                      "name",
                      "Sakura Logistics KK",
                      "employees",
                      180,
                      "locale",
                      "ja",
                      "timeZone",
                      "Asia/Tokyo",
                      "contact",
                      "情報セキュリティ室 security@sakura-logistics.example 0120-000-000（平日 9:00〜18:00）",
                      "corporateNumber",
                      "1010001000000")),
              Map.entry(
                  "assets",
                  List.of(
                      Map.of("name", "vpn-tokyo-1", "kind", "ssl-vpn", "usedCloudBackup", false),
                      Map.of("name", "fw-osaka-1", "kind", "firewall", "usedCloudBackup", true))),
              Map.entry("awareAt", "2026-11-30T06:40:00Z"),
              Map.entry("exposureStart", "2026-11-20")),
          filings(
              Filing.Kind.PPC_PRELIMINARY, Filing.Kind.PPC_FINAL, Filing.Kind.INDIVIDUALS_NOTICE));

  static final Fixture LARGE =
      new Fixture(
          "large",
          Map.ofEntries(
              Map.entry("incidentId", "INC-2026-0108"),
              Map.entry("title", "Cloud backup exposure (all sites)"),
              Map.entry("scenario", "cloud-config-backup-exposure"),
              Map.entry("severity", "critical"),
              Map.entry("tierDecision", Map.of("tier", "large")),
              Map.entry("employees", 2400),
              Map.entry("personalData", true),
              Map.entry("improperPurpose", true),
              Map.entry(
                  "personalDataAssessment",
                  "VPN user accounts (name, e-mail address, user ID) of about 1,900 staff and"
                      + " contractors"),
              Map.entry("jurisdictions", List.of("JP", "EU")),
              Map.entry(
                  "organization",
                  Map.of(
                      "name",
                      "Nihon Seimitsu Kogyo KK",
                      "employees",
                      2400,
                      "locale",
                      "ja",
                      "contact",
                      "CSIRT 窓口 csirt@nihon-seimitsu.example 03-0000-1111",
                      "corporateNumber",
                      "9010401000000")),
              Map.entry(
                  "assets",
                  List.of(
                      Map.of("name", "fw-tokyo-1", "kind", "firewall", "usedCloudBackup", true),
                      Map.of("name", "fw-munich-1", "kind", "firewall", "usedCloudBackup", true),
                      Map.of("name", "vpn-nagoya-1", "kind", "ssl-vpn", "usedCloudBackup", false))),
              Map.entry("awareAt", "2026-11-28T23:05:00Z"),
              Map.entry("exposureStart", "2026-09-01")),
          ALL_FILINGS);

  static final List<Fixture> ALL = List.of(SMALL, MID, LARGE);

  private static Map<Filing.Kind, Filing> filings(Filing.Kind... kinds) {
    Map<Filing.Kind, Filing> out = new LinkedHashMap<>();
    for (Filing.Kind kind : kinds) {
      out.put(kind, ALL_FILINGS.get(kind));
    }
    return out;
  }

  private CommsFixtures() {}
}
