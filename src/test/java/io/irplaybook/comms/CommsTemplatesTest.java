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
  void shouldShowUnknownFactsAsUnknownAndNeverInventThem(String locale) {
    // given: an incident that says almost nothing yet
    IncidentFacts facts = IncidentFacts.from(Map.of("locale", locale));
    String unknown = locale.equals("ja") ? "調査中" : "not yet determined";

    for (String template : TemplateCatalog.names()) {
      // when
      RenderedDraft draft = TemplateCatalog.render(template, facts);

      // then
      assertThat(draft.text())
          .as(template)
          .contains(unknown)
          .doesNotContain("null")
          .doesNotContain("INC-");
    }
  }

  @Test
  void shouldListPpcAndGdprItemsInTheRegulatorNoticeOnlyForTheirJurisdictions() {
    // when
    String jpOnly =
        TemplateCatalog.render(
                "regulator-notice", IncidentFacts.from(Map.of("jurisdictions", List.of("JP"))))
            .text();
    String euOnly =
        TemplateCatalog.render(
                "regulator-notice",
                IncidentFacts.from(Map.of("jurisdictions", List.of("EU"), "locale", "ja")))
            .text();

    // then
    assertThat(jpOnly)
        .contains("Personal Information Protection Commission")
        .contains("Number of persons concerned: not yet determined")
        .doesNotContain("GDPR");
    assertThat(euOnly).contains("GDPR 第33条").doesNotContain("個人情報保護委員会");
  }
}
