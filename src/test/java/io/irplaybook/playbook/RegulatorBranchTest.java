package io.irplaybook.playbook;

import static org.assertj.core.api.Assertions.assertThat;

import io.irplaybook.engine.testing.EngineHarness;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Regulators: unknown personal data is assessed; each jurisdiction's obligations come from the
 * decision regulatory-obligations, and every clock counts from awareAt.
 */
class RegulatorBranchTest {

  @RegisterExtension final EngineHarness engine = new EngineHarness();

  private PlaybookDriver driver;

  @BeforeEach
  void deployThePlaybooks() {
    driver = new PlaybookDriver(engine);
  }

  @AfterEach
  void stopTheWorkers() {
    driver.close();
  }

  @ParameterizedTest(name = "{0} employees")
  @ValueSource(ints = {12, 120, 5000})
  void shouldLeaveRegulatorsOutWhenPersonalDataIsRuledOut(int employees) {
    // given
    Map<String, Object> incident = PlaybookDriver.incident(employees);
    incident.put("jurisdictions", List.of("JP", "EU"));

    // when
    driver.runToEnd(driver.declare(incident));

    // then
    assertThat(driver.humanSteps())
        .extracting(HumanStep::elementId)
        .doesNotContain(
            "assess-personal-data", "submit-regulator-report", "escalate-regulator-deadline");
    assertThat(driver.serviceSteps()).noneMatch(step -> step.startsWith("draft-regulator-report"));
  }

  @ParameterizedTest(name = "{0} employees")
  @ValueSource(ints = {12, 120, 5000})
  void shouldAskForTheAssessmentWhenPersonalDataIsUnknown(int employees) {
    // given personal data is not known at declaration
    Map<String, Object> incident = PlaybookDriver.incident(employees);
    incident.put("personalData", null);
    incident.put("jurisdictions", List.of("JP"));
    driver.declare(incident);

    // when
    StepTask assessment = driver.awaitSteps("assess-personal-data", 1).get(0);

    // then the assessment decides, and a "no" needs a second person in mid and large
    assertThat(HumanStep.of(assessment).outputs()).contains("personalData", "awareAt");
    driver.complete(assessment);
    StepTask noFiling = driver.awaitSteps("confirm-no-filing", 1).get(0);
    assertThat(HumanStep.of(noFiling).requiresTwoPeople()).isEqualTo(employees >= 50);
  }

  @ParameterizedTest(name = "{0} employees")
  @ValueSource(ints = {12, 120, 5000})
  void shouldMeetEachObligationOfEachJurisdictionWithItsOwnRegimeDraft(int employees) {
    // given
    Map<String, Object> incident = PlaybookDriver.incident(employees);
    incident.put("personalData", true);
    incident.put("jurisdictions", List.of("JP", "EU"));

    // when
    driver.runToEnd(driver.declare(incident));

    // then
    String owner = employees < 50 ? "incident-commander" : "legal";
    assertThat(driver.humanSteps())
        .filteredOn(step -> step.elementId().equals("assess-personal-data"))
        .singleElement()
        .satisfies(step -> assertThat(step.candidateGroups()).containsExactly(owner));
    assertThat(driver.humanSteps())
        .filteredOn(step -> step.elementId().equals("submit-regulator-report"))
        .extracting(HumanStep::title)
        .containsExactlyInAnyOrder(
            "File: PPC preliminary report (速報)",
            "File: PPC final report (確報): 30 days",
            "File: Notice to the individuals concerned (本人通知)",
            "File: GDPR Art. 33 notification to the lead supervisory authority",
            "File: GDPR Art. 34 decision on communicating to data subjects",
            "File: GDPR Art. 33(5) breach register entry");
    assertThat(driver.renders())
        .filteredOn(render -> render.containsKey("regime"))
        .hasSize(6)
        .allSatisfy(
            render ->
                assertThat(render.get("locale"))
                    .isEqualTo(render.get("regime").toString().startsWith("JP-") ? "ja" : "en"));
  }

  @Test
  void shouldRecordTheCorrectedAwarenessOnTheIncidentBeforeAnyRegulatorClockStarts() {
    // given the assessment finds the organisation knew earlier than declared
    String corrected = engine.clock().instant().minus(Duration.ofDays(1)).toString();
    Map<String, Object> incident = PlaybookDriver.incident(120);
    incident.put("personalData", null);
    incident.put("jurisdictions", List.of("JP"));
    driver.answering("assess-personal-data", Map.of("personalData", true, "awareAt", corrected));
    driver.declare(incident);

    // when
    driver.completeAll(driver.awaitSteps("assess-personal-data", 1));
    driver.awaitSteps("submit-regulator-report", 3);

    // then
    assertThat(driver.recorded()).contains(new PlaybookDriver.Recorded("awareAt", corrected));
  }

  @Test
  void shouldEscalateThePpcPreliminaryReportThreeDaysAfterAwarenessEvenWhenFilingStartsLater() {
    // given the organisation became aware two days before the incident was declared
    Instant awareAt = engine.clock().instant().minus(Duration.ofDays(2));
    Map<String, Object> incident = PlaybookDriver.incident(120);
    incident.put("personalData", true);
    incident.put("jurisdictions", List.of("JP"));
    incident.put("awareAt", awareAt.toString());
    driver.declare(incident);
    driver.completeAll(driver.awaitSteps("assess-personal-data", 1));
    List<StepTask> filings = driver.awaitSteps("submit-regulator-report", 3);

    // when one day less one minute passes (awareAt + 3 days - 1 minute), nothing is escalated
    engine.clock().advance(Duration.ofDays(1).minusMinutes(1));
    driver.assertNoNewStepOf("escalate-regulator-deadline");

    // when awareAt + 3 days passes
    engine.clock().advance(Duration.ofMinutes(2));
    StepTask escalation = driver.awaitSteps("escalate-regulator-deadline", 1).get(0);

    // then the preliminary report is escalated, and every due date counts from awareAt
    assertThat(HumanStep.of(escalation).title()).isEqualTo("Escalate: PPC preliminary report (速報)");
    assertThat(dueDates(filings))
        .containsEntry("PPC preliminary report (速報)", awareAt.plus(Duration.ofDays(5)))
        .containsEntry("PPC final report (確報): 30 days", awareAt.plus(Duration.ofDays(30)));
  }

  @ParameterizedTest(name = "improper purpose {0}: final report due after {1} days")
  @CsvSource({"true, 60", "false, 30"})
  void shouldGiveThePpcFinalReportSixtyDaysOnlyWhereAnImproperPurposeIsSuspected(
      boolean improperPurpose, int days) {
    // given
    Instant awareAt = engine.clock().instant().minus(Duration.ofHours(5));
    Map<String, Object> incident = PlaybookDriver.incident(12);
    incident.put("personalData", true);
    incident.put("jurisdictions", List.of("JP"));
    incident.put("awareAt", awareAt.toString());
    driver.answering("assess-personal-data", Map.of("improperPurpose", improperPurpose));
    driver.declare(incident);
    driver.completeAll(driver.awaitSteps("assess-personal-data", 1));

    // when
    List<StepTask> filings = driver.awaitSteps("submit-regulator-report", 3);

    // then
    assertThat(dueDates(filings).entrySet())
        .filteredOn(entry -> entry.getKey().startsWith("PPC final report"))
        .singleElement()
        .satisfies(
            entry -> assertThat(entry.getValue()).isEqualTo(awareAt.plus(Duration.ofDays(days))));
  }

  @Test
  void shouldGiveTheGdprNotificationSeventyTwoHoursFromAwarenessNotFromTheFilingStep() {
    // given
    Instant awareAt = engine.clock().instant().minus(Duration.ofHours(30));
    Map<String, Object> incident = PlaybookDriver.incident(12);
    incident.put("personalData", true);
    incident.put("jurisdictions", List.of("EU"));
    incident.put("awareAt", awareAt.toString());
    driver.declare(incident);
    driver.completeAll(driver.awaitSteps("assess-personal-data", 1));

    // when
    List<StepTask> filings = driver.awaitSteps("submit-regulator-report", 3);

    // then
    assertThat(dueDates(filings))
        .containsEntry(
            "GDPR Art. 33 notification to the lead supervisory authority",
            awareAt.plus(Duration.ofHours(72)));
  }

  private static Map<String, Instant> dueDates(List<StepTask> filings) {
    Map<String, Instant> due = new HashMap<>();
    for (StepTask filing : filings) {
      @SuppressWarnings("unchecked")
      Map<String, Object> obligation =
          (Map<String, Object>) filing.getVariablesAsMap().get("obligation");
      due.put(obligation.get("report").toString(), filing.getDueDate().toInstant());
    }
    return due;
  }
}
