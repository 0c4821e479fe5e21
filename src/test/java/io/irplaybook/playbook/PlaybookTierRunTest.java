package io.irplaybook.playbook;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ProcessInstanceResult;
import io.irplaybook.engine.testing.EngineHarness;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Each tier end to end: incident-response decides the tier, runs its playbook and closes the
 * incident. The golden lists below are written by hand from the BPMN: the human steps in the order
 * responders get them, with the candidate groups that may take each (parallel instances of one wave
 * step shown once).
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
  void shouldLetTheIncidentCommanderAndOneItLeadCarryTheSmallPlaybook() {
    // given
    var result = driver.declare(PlaybookDriver.incident(12));

    // when
    ProcessInstanceResult done = driver.runToEnd(result);

    // then
    assertThat(driver.stepOutline())
        .containsExactly(
            "identify-assets [network-admin]",
            "identify-secrets [network-admin]",
            "preserve-evidence [network-admin]",
            "wave 1: rotate-credential [network-admin]",
            "wave 1: verify-credential [incident-commander]",
            "wave 2: rotate-credential [network-admin]",
            "wave 2: verify-credential [incident-commander]",
            "wave 3: rotate-credential [network-admin]",
            "wave 3: verify-credential [incident-commander]",
            "wave 4: rotate-credential [network-admin]",
            "wave 4: verify-credential [incident-commander]",
            "harden-access [network-admin]",
            "secure-backups [network-admin]",
            "review-logs [network-admin]",
            "approve-notifications [incident-commander]",
            "post-incident-review [incident-commander]");
    // 10 credential classes in 4 waves, each rotated and verified: 20 of the 28 tasks
    assertThat(driver.humanSteps()).hasSize(28);
    assertThat(done.getVariablesAsMap())
        .containsEntry(
            "tierDecision",
            Map.of(
                "tier", "small", "playbook", "playbook-small", "rule", "fewer than 50 employees"));
    assertThatNotificationsWereDraftedSentAndTheIncidentClosed(done);
    assertThat(driver.humanSteps()).noneMatch(HumanStep::requiresTwoPeople);
    assertThat(lookback("preserve-evidence")).isEqualTo(30);
    assertThat(lookback("review-logs")).isEqualTo(30);
  }

  @Test
  void
      shouldSplitTheMidPlaybookAcrossNetworkIdentitySocAndForensicsAndHaveLegalCoApproveTheNotices() {
    // given
    var result = driver.declare(PlaybookDriver.incident(120));

    // when
    ProcessInstanceResult done = driver.runToEnd(result);

    // then
    assertThat(driver.stepOutline())
        .containsExactly(
            "identify-assets [network-admin]",
            "identify-secrets [identity-admin]",
            "preserve-evidence [forensics]",
            "deploy-detections [soc-analyst]",
            "wave 1: rotate-credential [identity-admin]",
            "wave 1: verify-credential [network-admin]",
            "wave 2: rotate-credential [identity-admin]",
            "wave 2: verify-credential [network-admin]",
            "wave 3: rotate-credential [network-admin]",
            "wave 3: verify-credential [soc-analyst]",
            "wave 4: rotate-credential [identity-admin]",
            "wave 4: verify-credential [soc-analyst]",
            "harden-access [network-admin]",
            "conditional-access [identity-admin]",
            "plan-certificate-vpn [network-admin]",
            "secure-backups [identity-admin]",
            "review-logs [soc-analyst]",
            "edit-notices [comms]",
            "approve-notifications [incident-commander]",
            "legal-review-notifications [legal]",
            "post-incident-review [incident-commander]");
    assertThat(driver.humanSteps()).hasSize(33);
    assertThat(done.getVariablesAsMap())
        .containsEntry(
            "tierDecision",
            Map.of("tier", "mid", "playbook", "playbook-mid", "rule", "50 to 499 employees"));
    assertThatNotificationsWereDraftedSentAndTheIncidentClosed(done);
    assertThat(lookback("preserve-evidence")).isEqualTo(60);
  }

  @Test
  void shouldSeparateEveryRoleInTheLargePlaybookAndRequireTwoPeopleWhereItMatters() {
    // given
    var result = driver.declare(PlaybookDriver.incident(5000));

    // when
    ProcessInstanceResult done = driver.runToEnd(result);

    // then
    assertThat(driver.stepOutline())
        .containsExactly(
            "identify-assets [network-admin]",
            "identify-secrets [identity-admin]",
            "preserve-evidence [forensics]",
            "deploy-detections [soc-analyst]",
            "wave 1: rotate-credential [identity-admin]",
            "wave 1: verify-credential [soc-analyst]",
            "wave 2: rotate-credential [identity-admin]",
            "wave 2: verify-credential [soc-analyst]",
            "wave 3: rotate-credential [network-admin]",
            "wave 3: verify-credential [soc-analyst]",
            "wave 4: rotate-credential [identity-admin]",
            "wave 4: verify-credential [soc-analyst]",
            "harden-access [network-admin]",
            "conditional-access [identity-admin]",
            "plan-certificate-vpn [network-admin]",
            "separate-backup-domain [network-admin]",
            "tier-secrets [identity-admin]",
            "review-logs [soc-analyst]",
            "red-team-verification [forensics]",
            "edit-notices [comms]",
            "legal-review-notifications [legal]",
            "executive-approval [executive]",
            "post-incident-review [incident-commander]");
    assertThat(driver.humanSteps()).hasSize(35);
    assertThat(done.getVariablesAsMap())
        .containsEntry(
            "tierDecision",
            Map.of("tier", "large", "playbook", "playbook-large", "rule", "500 or more employees"));
    assertThatNotificationsWereDraftedSentAndTheIncidentClosed(done);
    assertThat(driver.humanSteps())
        .filteredOn(HumanStep::requiresTwoPeople)
        .extracting(HumanStep::elementId)
        .containsExactly(
            "preserve-evidence",
            "separate-backup-domain",
            "red-team-verification",
            "executive-approval");
    assertThat(lookback("preserve-evidence")).isEqualTo(90);
  }

  @Test
  void shouldRotateEveryCredentialClassTheSeedNamesInTheFixedWaveOrder() {
    // given
    var result = driver.declare(PlaybookDriver.incident(120));

    // when
    driver.runToEnd(result);

    // then
    assertThat(driver.humanSteps())
        .filteredOn(step -> step.elementId().equals("rotate-credential"))
        .extracting(step -> step.wave() + ": " + step.item())
        .containsExactly(
            "1: firewall administrator accounts",
            "1: vendor portal account and one-time codes",
            "2: LDAP bind accounts",
            "2: RADIUS shared secrets",
            "2: TACACS+ keys",
            "3: GroupVPN secrets",
            "3: IPSec site-to-site pre-shared keys",
            "3: L2TP, PPPoE and PPTP WAN credentials",
            "4: API keys and tokens",
            "4: end-user and SSL VPN passwords");
  }

  private void assertThatNotificationsWereDraftedSentAndTheIncidentClosed(
      ProcessInstanceResult done) {
    assertThat(driver.serviceSteps())
        .containsExactly(
            "draft-notifications comms.render",
            "send-notifications notify.send",
            "close-incident incident.close");
    assertThat(done.getVariablesAsMap())
        .containsEntry("commsDrafts", List.of("draft-customer-notice", "draft-executive-brief"))
        .containsEntry("notificationIds", List.of("notification-1"));
  }

  private Object lookback(String elementId) {
    return driver.humanSteps().stream()
        .filter(step -> step.elementId().equals(elementId))
        .findFirst()
        .orElseThrow()
        .variables()
        .get("lookbackDays");
  }
}
