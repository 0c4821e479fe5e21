package io.irplaybook.comms;

import static org.assertj.core.api.Assertions.assertThat;

import io.irplaybook.comms.service.IncidentFacts;
import io.irplaybook.comms.service.RenderedDraft;
import io.irplaybook.comms.service.TemplateCatalog;
import io.irplaybook.notify.NotifyPeers;
import io.irplaybook.notify.service.SlackPayload;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every template, in both languages: hostile input stays inert, unknown facts are shown as unknown.
 */
@QuarkusTest
@QuarkusTestResource(value = NotifyPeers.class, restrictToAnnotatedClass = true)
class CommsTemplatesTest {

  private static final String HOSTILE =
      "<script>alert(1)</script> <!channel> \"quoted\" 'single' & <@U1>";

  private static Map<String, Object> hostileIncident(String locale) {
    return Map.of(
        "incidentId",
        "INC-2026-0042",
        "title",
        HOSTILE,
        "scenario",
        "cloud-config-backup-exposure",
        "severity",
        "high",
        "locale",
        locale,
        "personalData",
        true,
        "jurisdictions",
        List.of("JP", "EU"),
        "organization",
        Map.of("name", HOSTILE, "employees", 120),
        "assets",
        List.of(Map.of("name", HOSTILE, "kind", "firewall", "usedCloudBackup", true)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "ja"})
  void shouldEscapeHostileInputInEveryHtmlPartAndKeepItOutOfSlackControlSequences(String locale) {
    for (String template : TemplateCatalog.names()) {
      // when
      RenderedDraft draft =
          TemplateCatalog.render(template, IncidentFacts.from(hostileIncident(locale)));

      // then
      assertThat(draft.locale()).isEqualTo(locale);
      assertThat(draft.subject()).as(template).isNotBlank();
      assertThat(draft.text()).as(template).doesNotContain("null");
      if (draft.html() != null) {
        assertThat(draft.html())
            .as(template)
            .doesNotContain("<script>")
            .doesNotContain("\"quoted\"")
            .contains("&lt;script&gt;")
            .contains("&quot;quoted&quot;");
      }
      String slack = SlackPayload.build(draft.subject(), draft.text()).toString();
      assertThat(slack)
          .as(template)
          .doesNotContain("<!channel>")
          .doesNotContain("<@U1>")
          .doesNotContain("<script>");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "ja"})
  void shouldSayAnUnknownFactIsToBeConfirmedAndNeverInventIt(String locale) {
    // given: an incident that says almost nothing yet
    IncidentFacts facts = IncidentFacts.from(Map.of("locale", locale));
    String unknown = locale.equals("ja") ? "確認中" : "to be confirmed";

    for (String template : TemplateCatalog.names()) {
      // when
      RenderedDraft draft = TemplateCatalog.render(template, facts);

      // then
      assertThat(draft.text())
          .as(template)
          .containsIgnoringCase(unknown)
          .doesNotContain("null")
          .doesNotContain("調査中")
          .doesNotContain("not yet determined")
          .doesNotContain("INC-");
    }
  }

  @Test
  void shouldRenderEachRegulatorDraftForItsOwnRegimeOnly() {
    // when
    String ppc =
        TemplateCatalog.render(
                "regulator-notice",
                IncidentFacts.from(
                    Map.of(
                        "jurisdictions", List.of("JP", "EU"),
                        "locale", "ja",
                        "regime", "JP-PPC",
                        "report", "PPC preliminary report (速報)")))
            .text();
    String gdpr =
        TemplateCatalog.render(
                "regulator-notice",
                IncidentFacts.from(
                    Map.of(
                        "jurisdictions", List.of("JP", "EU"),
                        "locale", "en",
                        "regime", "EU-GDPR",
                        "report", "GDPR Art. 33 notification to the lead supervisory authority")))
            .text();

    // then
    assertThat(ppc).contains("個人情報保護委員会").doesNotContain("GDPR").doesNotContain("NIS2");
    assertThat(gdpr)
        .contains("(a) Categories and approximate number of data subjects")
        .doesNotContain("Personal Information Protection Commission")
        .doesNotContain("個人情報保護委員会")
        .doesNotContain("NIS2");
  }

  @Test
  void shouldGiveThePpcReportEveryFieldOfThePpcForm() {
    // given an improper-purpose case the organisation became aware of at 15:40 Tokyo time
    Map<String, Object> variables =
        Map.of(
            "locale", "ja",
            "regime", "JP-PPC",
            "report", "PPC preliminary report (速報)",
            "improperPurpose", true,
            "awareAt", "2026-11-30T06:40:00Z",
            "exposureStart", "2026-11-20",
            "organization",
                Map.of(
                    "name", "Sakura Logistics KK",
                    "locale", "ja",
                    "corporateNumber", "1010001000000",
                    "contact", "情報セキュリティ室 03-0000-0000"));

    // when
    String preliminary =
        TemplateCatalog.render("regulator-notice", IncidentFacts.from(variables)).text();
    Map<String, Object> finalReport = new java.util.HashMap<>(variables);
    finalReport.put("report", "PPC final report (確報), improper purpose: 60 days");
    RenderedDraft fin = TemplateCatalog.render("regulator-notice", IncidentFacts.from(finalReport));

    // then
    assertThat(preliminary)
        .contains("報告の種類：速報")
        .contains("当該事態を知った時点から概ね3〜5日以内")
        .contains("発覚日時（当該事態を知った日時）：2026年11月30日 15時40分（日本時間）")
        .contains("発生日時：2026年11月20日以降（推定）")
        .contains("事態の区分（個人情報の保護に関する法律施行規則第7条）")
        .contains("第3号（不正の目的をもって行われたおそれ")
        .contains("委託関係")
        .contains("名称：Sakura Logistics KK")
        .contains("法人番号：1010001000000")
        .contains("事務連絡者・連絡先：情報セキュリティ室 03-0000-0000");
    assertThat(fin.subject()).contains("確報");
    assertThat(fin.text())
        .contains("報告の種類：確報")
        .contains("当該事態を知った日から60日以内（2027年1月29日まで）")
        .doesNotContain("確報にて報告いたします");
  }
}
