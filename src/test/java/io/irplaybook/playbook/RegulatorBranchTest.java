package io.irplaybook.playbook;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ActivatedJob;
import io.irplaybook.engine.testing.EngineHarness;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Regulators are notified only when personal data may be affected, on each jurisdiction's own
 * deadline.
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
  void shouldLeaveRegulatorsOutWhenNoPersonalDataIsFlagged(int employees) {
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
  void shouldFileOneRegulatorReportPerJurisdictionWhenPersonalDataIsFlagged(int employees) {
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
        .extracting(step -> step.item() + " " + step.candidateGroups())
        .containsExactlyInAnyOrder("JP [" + owner + "]", "EU [" + owner + "]");
    assertThat(driver.serviceSteps())
        .filteredOn(step -> step.startsWith("draft-regulator-report"))
        .hasSize(2);
  }

  @Test
  void shouldEscalateTheGdprReportAfter48HoursAndTheJapaneseOneAfterThreeDays() {
    // given both reports are waiting to be filed
    Map<String, Object> incident = PlaybookDriver.incident(120);
    incident.put("personalData", true);
    incident.put("jurisdictions", List.of("JP", "EU"));
    driver.declare(incident);
    driver.completeAll(driver.awaitSteps("identify-assets", 1));
    driver.completeAll(driver.awaitSteps("identify-secrets", 1));
    driver.completeAll(driver.awaitSteps("assess-personal-data", 1));
    List<ActivatedJob> reports = driver.awaitSteps("submit-regulator-report", 2);

    // when 48 hours pass
    engine.clock().advance(Duration.ofHours(48).plusMinutes(1));
    ActivatedJob gdpr = driver.awaitSteps("escalate-regulator-deadline", 1).get(0);

    // then only the EU report is escalated, to the incident commander and legal
    assertThat(gdpr.getVariablesAsMap()).containsEntry("jurisdiction", "EU");
    assertThat(HumanStep.of(gdpr).candidateGroups()).containsExactly("incident-commander", "legal");
    assertThat(driver.humanSteps())
        .filteredOn(step -> step.elementId().equals("escalate-regulator-deadline"))
        .hasSize(1);

    // when three days have passed
    engine.clock().advance(Duration.ofHours(24));
    ActivatedJob ppc = driver.awaitSteps("escalate-regulator-deadline", 1).get(0);

    // then the Japanese report is escalated too
    assertThat(ppc.getVariablesAsMap()).containsEntry("jurisdiction", "JP");
    assertThat(reports)
        .allSatisfy(
            report ->
                assertThat(report.getCustomHeaders()).containsKey("io.camunda.zeebe:dueDate"));
  }

  @Test
  void shouldPutTheJurisdictionsDeadlineOnTheFilingStepAsItsDueDate() {
    // given
    Map<String, Object> incident = PlaybookDriver.incident(12);
    incident.put("personalData", true);
    incident.put("jurisdictions", List.of("JP", "EU"));
    driver.declare(incident);
    driver.completeAll(driver.awaitSteps("identify-assets", 1));
    driver.completeAll(driver.awaitSteps("identify-secrets", 1));
    driver.completeAll(driver.awaitSteps("assess-personal-data", 1));

    // when
    List<ActivatedJob> reports = driver.awaitSteps("submit-regulator-report", 2);

    // then JP (PPC: 3 to 5 days) is due five days out, EU (GDPR) 72 hours out, on the engine's
    // clock
    Map<Object, OffsetDateTime> due = new HashMap<>();
    reports.forEach(
        r ->
            due.put(
                r.getVariablesAsMap().get("jurisdiction"),
                OffsetDateTime.parse(r.getCustomHeaders().get("io.camunda.zeebe:dueDate"))));
    assertThat(due.get("EU").toInstant())
        .isEqualTo(engine.clock().instant().plus(Duration.ofHours(72)));
    assertThat(due.get("JP").toInstant())
        .isEqualTo(engine.clock().instant().plus(Duration.ofDays(5)));
  }
}
