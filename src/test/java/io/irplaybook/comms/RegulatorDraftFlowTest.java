package io.irplaybook.comms;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import io.irplaybook.comms.DraftViews.DraftDetail;
import io.irplaybook.comms.DraftViews.DraftSummary;
import io.irplaybook.notify.NotifyPeers;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/**
 * The packaged regulator-filing, run through the engine with the real comms.render worker: every
 * obligation of a jurisdiction gets its own draft, for its own regime and report only, and a
 * Japanese regime's draft is Japanese even for an English-speaking organisation (issue 14's gap,
 * closed in issue 15).
 */
@QuarkusTest
@QuarkusTestResource(value = NotifyPeers.class, restrictToAnnotatedClass = true)
class RegulatorDraftFlowTest {

  private static final Duration WAIT = Duration.ofSeconds(30);

  @Inject CamundaClient client;
  @Inject CommsDrafts drafts;

  @Test
  void shouldDraftEachJapaneseObligationForItsOwnReportInJapanese() {
    // given an English-speaking organisation with personal data in Japan, improper purpose
    // suspected
    String incident = start("JP", "en");

    // when
    List<DraftSummary> made = awaitDrafts(incident, 3);

    // then one draft per obligation: 速報, 確報 and 本人通知, each in Japanese and about itself only
    assertThat(made).extracting(DraftSummary::locale).containsOnly("ja");
    assertThat(made)
        .extracting(DraftSummary::subject)
        .anySatisfy(s -> assertThat(s).startsWith("個人情報保護委員会への速報（案）"))
        .anySatisfy(s -> assertThat(s).startsWith("個人情報保護委員会への確報（案）"))
        .anySatisfy(s -> assertThat(s).startsWith("個人情報の漏えいのおそれに関するお知らせとお詫び"));
    for (DraftSummary summary : made) {
      String text = latestText(summary);
      assertThat(text).doesNotContain("GDPR").doesNotContain("NIS2").doesNotContain("null");
    }
    String preliminary =
        made.stream()
            .filter(d -> d.subject().contains("速報"))
            .map(RegulatorDraftFlowTest.this::latestText)
            .findFirst()
            .orElseThrow();
    assertThat(preliminary)
        .contains("当該事態を知った時点から概ね3〜5日以内")
        .contains("第3号")
        .contains("（UTC）") // an English-speaking organisation without a time zone: UTC, named
        .doesNotContain("確報：");
  }

  @Test
  void shouldDraftEachEuObligationInTheOrganisationsLanguageWithoutTheJapaneseItems() {
    // given
    String incident = start("EU", "en");

    // when: GDPR Art. 33, Art. 34 and the Art. 33(5) register entry
    List<DraftSummary> made = awaitDrafts(incident, 3);

    // then
    assertThat(made).extracting(DraftSummary::locale).containsOnly("en");
    assertThat(made)
        .extracting(DraftSummary::subject)
        .anySatisfy(s -> assertThat(s).startsWith("Draft GDPR Art. 33 notification"))
        .anySatisfy(s -> assertThat(s).startsWith("Draft record of the GDPR Art. 34 decision"))
        .anySatisfy(s -> assertThat(s).startsWith("Draft GDPR Art. 33(5) breach register entry"));
    for (DraftSummary summary : made) {
      assertThat(latestText(summary))
          .doesNotContain("Personal Information Protection Commission")
          .doesNotContain("個人情報保護委員会");
    }
  }

  private String start(String jurisdiction, String locale) {
    String incidentId = "INC-R-" + UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> variables = new HashMap<>();
    variables.put("incidentId", incidentId);
    variables.put("title", "Cloud backup exposure");
    variables.put("scenario", "cloud-config-backup-exposure");
    variables.put("locale", locale);
    variables.put("jurisdiction", jurisdiction);
    variables.put("jurisdictions", List.of(jurisdiction));
    variables.put("personalData", true);
    variables.put("backupsEncrypted", false);
    variables.put("improperPurpose", true);
    variables.put("listedCompany", false);
    variables.put("nis2Entity", false);
    variables.put("awareAt", Instant.now().toString());
    variables.put("filingGroups", List.of("legal"));
    variables.put(
        "organization",
        Map.of(
            "name",
            "Example KK",
            "employees",
            120,
            "locale",
            locale,
            "jurisdictions",
            List.of(jurisdiction)));
    client
        .newCreateInstanceCommand()
        .bpmnProcessId("regulator-filing")
        .latestVersion()
        .variables(variables)
        .send()
        .join();
    return incidentId;
  }

  private List<DraftSummary> awaitDrafts(String incidentId, int count) {
    Instant deadline = Instant.now().plus(WAIT);
    while (Instant.now().isBefore(deadline)) {
      List<DraftSummary> made = drafts.forIncident(incidentId);
      if (made.size() >= count) {
        LockSupport.parkNanos(Duration.ofMillis(300).toNanos()); // no extra draft follows
        made = drafts.forIncident(incidentId);
        assertThat(made).hasSize(count);
        return made;
      }
      LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
    }
    throw new AssertionError(
        "Expected "
            + count
            + " drafts for "
            + incidentId
            + " within "
            + WAIT
            + ", but got "
            + drafts.forIncident(incidentId));
  }

  private String latestText(DraftSummary summary) {
    DraftDetail detail = drafts.get(summary.id()).orElseThrow();
    return detail.versions().get(detail.versions().size() - 1).text();
  }
}
