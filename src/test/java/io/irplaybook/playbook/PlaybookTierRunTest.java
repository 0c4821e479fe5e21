package io.irplaybook.playbook;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ProcessInstanceResult;
import io.irplaybook.engine.testing.EngineHarness;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each tier end to end: incident-response decides the tier, runs its playbook and closes the
 * incident. The lists below are written by hand from the BPMN: every human step a responder gets,
 * with the candidate groups that may take it (parallel instances of one step shown once). Parallel
 * branches make the order between branches vary, so the lists are compared as sets; the orders that
 * matter are proven in {@link ContainFirstTest} and {@link StagedReauthenticationTest}.
 */
class PlaybookTierRunTest {

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

  @Test
  void shouldLetTheIncidentCommanderAndOneItLeadCarryTheSmallPlaybookWithOneFullResetPerDevice() {
    // given
    var result = driver.declare(PlaybookDriver.incident(12));

    // when
    ProcessInstanceResult done = driver.runToEnd(result);

    // then
    assertThat(distinctLabels())
        .containsExactlyInAnyOrder(
            "restrict-management-access [network-admin, msp]",
            "disable-cloud-backup [network-admin, msp]",
            "capture-device-state [network-admin, msp]",
            "legal-hold-logs [incident-commander]",
            "identify-assets [network-admin, msp]",
            "identify-secrets [network-admin, msp]",
            "reset-device [network-admin, msp]",
            "verify-device-reset [incident-commander]",
            "preserve-evidence [network-admin, msp]",
            "review-logs [network-admin, msp]",
            "request-vendor-detections [network-admin, msp]",
            "approve-notifications [incident-commander]",
            "approve-status-update [incident-commander]",
            "coordinate-external-parties [incident-commander]",
            "approve-staff-reset [incident-commander]",
            "approve-peer-coordination [incident-commander]",
            "post-incident-review [incident-commander]",
            "own-follow-up [network-admin]");
    // one device used cloud backup: one reset and one verification; three follow-ups
    assertThat(driver.humanSteps()).hasSize(20);
    assertThat(done.getVariablesAsMap())
        .containsEntry(
            "tierDecision",
            Map.of(
                "tier", "small", "playbook", "playbook-small", "rule", "fewer than 50 employees"));
    assertThatNotificationsWereDraftedSentAndTheIncidentClosed(done);
    assertThat(driver.humanSteps()).noneMatch(HumanStep::requiresTwoPeople);
    assertThat(driver.humanSteps()).noneMatch(step -> step.elementId().startsWith("wave"));
  }

  @Test
  void shouldSplitTheMidPlaybookAcrossNetworkIdentitySocAndForensicsAndHaveLegalCoApprove() {
    // given
    var result = driver.declare(PlaybookDriver.incident(120));

    // when
    ProcessInstanceResult done = driver.runToEnd(result);

    // then
    assertThat(distinctLabels())
        .containsExactlyInAnyOrder(
            "restrict-management-access [network-admin]",
            "disable-cloud-backup [network-admin]",
            "capture-device-state [forensics]",
            "legal-hold-logs [legal]",
            "identify-assets [network-admin]",
            "identify-secrets [identity-admin]",
            "wave 1: rotate-credential [identity-admin]",
            "wave 1: verify-credential [network-admin]",
            "wave 2: rotate-credential [identity-admin]",
            "wave 2: verify-credential [soc-analyst]",
            "wave 3: rotate-credential [network-admin]",
            "wave 3: verify-credential [soc-analyst]",
            "wave 4: rotate-credential [identity-admin]",
            "wave 4: verify-credential [soc-analyst]",
            "conditional-access [identity-admin]",
            "preserve-evidence [forensics]",
            "review-logs [soc-analyst]",
            "request-vendor-detections [network-admin]",
            "deploy-detections [soc-analyst]",
            "edit-notices [comms]",
            "approve-notifications [incident-commander]",
            "legal-review-notifications [legal]",
            "approve-status-update [incident-commander]",
            "coordinate-external-parties [incident-commander]",
            "approve-staff-reset [comms]",
            "approve-peer-coordination [comms]",
            "post-incident-review [incident-commander]",
            "own-follow-up [identity-admin]",
            "own-follow-up [network-admin]");
    // 12 credential classes rotated and verified: 24 of the 47 tasks; four follow-ups
    assertThat(driver.humanSteps()).hasSize(47);
    assertThat(done.getVariablesAsMap())
        .containsEntry(
            "tierDecision",
            Map.of("tier", "mid", "playbook", "playbook-mid", "rule", "50 to 499 employees"));
    assertThatNotificationsWereDraftedSentAndTheIncidentClosed(done);
  }

  @Test
  void shouldSeparateEveryRoleInTheLargePlaybookAndRequireTwoPeopleWhereItMatters() {
    // given
    var result = driver.declare(PlaybookDriver.incident(5000));

    // when
    ProcessInstanceResult done = driver.runToEnd(result);

    // then
    assertThat(distinctLabels())
        .containsExactlyInAnyOrder(
            "restrict-management-access [network-admin]",
            "disable-cloud-backup [network-admin]",
            "capture-device-state [forensics]",
            "legal-hold-logs [legal]",
            "identify-assets [network-admin]",
            "identify-secrets [identity-admin]",
            "wave 1: rotate-credential [identity-admin]",
            "wave 1: verify-credential [soc-analyst]",
            "wave 2: rotate-credential [identity-admin]",
            "wave 2: verify-credential [soc-analyst]",
            "wave 3: rotate-credential [network-admin]",
            "wave 3: verify-credential [soc-analyst]",
            "wave 4: rotate-credential [identity-admin]",
            "wave 4: verify-credential [soc-analyst]",
            "conditional-access [identity-admin]",
            "preserve-evidence [forensics]",
            "review-logs [soc-analyst]",
            "request-vendor-detections [network-admin]",
            "deploy-detections [soc-analyst]",
            "edit-notices [comms]",
            "legal-review-notifications [legal]",
            "executive-approval [executive]",
            "approve-status-update [incident-commander]",
            "coordinate-external-parties [incident-commander]",
            "approve-staff-reset [comms]",
            "approve-peer-coordination [comms]",
            "post-incident-review [incident-commander]",
            "own-follow-up [identity-admin]",
            "own-follow-up [network-admin]",
            "own-follow-up [forensics]");
    assertThat(driver.humanSteps()).hasSize(50);
    assertThat(done.getVariablesAsMap())
        .containsEntry(
            "tierDecision",
            Map.of("tier", "large", "playbook", "playbook-large", "rule", "500 or more employees"));
    assertThatNotificationsWereDraftedSentAndTheIncidentClosed(done);
    assertThat(driver.humanSteps())
        .filteredOn(HumanStep::requiresTwoPeople)
        .extracting(HumanStep::elementId)
        .containsExactlyInAnyOrder("preserve-evidence", "executive-approval");
  }

  @Test
  void shouldRotateEveryCredentialClassTheSeedNamesInTheFixedWaveOrder() {
    // given
    var result = driver.declare(PlaybookDriver.incident(120));

    // when
    driver.runToEnd(result);

    // then SSL-VPN users (the seed's Akira vector) are in wave 2, not queued behind the peers
    assertThat(driver.humanSteps())
        .filteredOn(step -> step.elementId().equals("rotate-credential"))
        .allSatisfy(step -> assertThat(step.title()).isEqualTo("Rotate: " + step.item()))
        .extracting(step -> step.wave() + ": " + step.item())
        .containsExactly(
            "1: firewall administrator accounts",
            "1: vendor portal account and one-time codes",
            "2: LDAP bind accounts",
            "2: RADIUS shared secrets",
            "2: SSL-VPN user passwords",
            "2: SSL-VPN users' one-time-code and MFA seeds",
            "2: TACACS+ keys",
            "3: GroupVPN secrets",
            "3: IPSec site-to-site pre-shared keys",
            "3: L2TP, PPPoE and PPTP WAN credentials",
            "4: API keys and tokens",
            "4: certificates and private keys");
  }

  @Test
  void
      shouldStartTheEvidenceWindowAtTheExposureDateOrNinetyDaysBeforeAwarenessWhicheverIsEarlier() {
    // given an exposure that started 200 days before the organisation became aware
    Map<String, Object> incident = PlaybookDriver.incident(120);
    LocalDate today = LocalDate.ofInstant(engine.clock().instant(), ZoneOffset.UTC);
    incident.put("exposureStart", today.minusDays(200).toString());

    // when
    var result = driver.declare(incident);
    driver.runToEnd(result);

    // then
    assertThat(variable("preserve-evidence", "lookbackFrom"))
        .isEqualTo(today.minusDays(200).toString());
    assertThat(variable("review-logs", "lookbackFrom")).isEqualTo(today.minusDays(200).toString());
  }

  @Test
  void shouldLookBackAtLeastNinetyDaysWhenTheExposureDateIsRecentOrUnknown() {
    // given
    LocalDate today = LocalDate.ofInstant(engine.clock().instant(), ZoneOffset.UTC);

    // when
    driver.runToEnd(driver.declare(PlaybookDriver.incident(12)));

    // then
    assertThat(variable("preserve-evidence", "lookbackFrom"))
        .isEqualTo(today.minusDays(90).toString());
  }

  @ParameterizedTest(name = "{0} employees")
  @ValueSource(ints = {12, 120, 5000})
  void shouldSendTheExecutiveBriefOnlyToInternalChannelsAndTheCustomerNoticeOnlyToCustomers(
      int employees) {
    // given
    var result = driver.declare(PlaybookDriver.incident(employees));

    // when
    driver.runToEnd(result);

    // then
    assertThat(driver.sends())
        .extracting(send -> send.channelClass() + " " + send.drafts())
        .containsExactlyInAnyOrder(
            "internal [draft-executive-brief, draft-slack-status]",
            "internal [draft-staff-reset]",
            "peer [draft-peer-coordination]",
            "customer [draft-customer-notice]");
  }

  @ParameterizedTest(name = "{0} employees")
  @ValueSource(ints = {120, 5000})
  void shouldTellStaffBeforeTheirCredentialsAndPeersBeforeTheSharedSecretsAreReset(int employees) {
    // given
    var result = driver.declare(PlaybookDriver.incident(employees));

    // when
    driver.runToEnd(result);

    // then
    List<String> steps = driver.humanSteps().stream().map(HumanStep::label).toList();
    assertThat(steps.indexOf("approve-staff-reset [comms]"))
        .isLessThan(firstOfWave(2))
        .isGreaterThan(steps.lastIndexOf("wave 1: verify-credential " + verifier(employees, 1)));
    assertThat(steps.indexOf("approve-peer-coordination [comms]")).isLessThan(firstOfWave(3));
  }

  private int firstOfWave(int wave) {
    List<HumanStep> steps = driver.humanSteps();
    for (int i = 0; i < steps.size(); i++) {
      if (Integer.valueOf(wave).equals(steps.get(i).wave())) {
        return i;
      }
    }
    throw new AssertionError("Expected wave " + wave + " to run");
  }

  private static String verifier(int employees, int wave) {
    return employees < 500 ? "[network-admin]" : "[soc-analyst]";
  }

  private List<String> distinctLabels() {
    return driver.humanSteps().stream().map(HumanStep::label).distinct().toList();
  }

  private void assertThatNotificationsWereDraftedSentAndTheIncidentClosed(
      ProcessInstanceResult done) {
    assertThat(driver.serviceSteps())
        .containsSubsequence(
            "draft-notifications comms.render",
            "send-notifications notify.send",
            "close-incident incident.close");
    assertThat(done.getVariablesAsMap())
        .containsEntry("commsDrafts", List.of("draft-customer-notice"))
        .containsEntry("notificationIds", List.of("notification-1"));
  }

  private Object variable(String elementId, String name) {
    return driver.humanSteps().stream()
        .filter(step -> step.elementId().equals(elementId))
        .findFirst()
        .orElseThrow()
        .variables()
        .get(name);
  }
}
