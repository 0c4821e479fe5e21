package io.irplaybook.playbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An engine-only instance (irp.service.enabled=false) leaves deploying to the service replicas. */
class EngineOnlyPlaybookDeploymentTest {

  @Test
  void shouldNotDeployPlaybooksOnAnEngineOnlyInstance() {
    // given a deployer on an instance that is only the engine; with no client, any deployment would
    // throw
    PlaybookDeployer deployer = new PlaybookDeployer(null, Optional::empty, () -> false);

    // when
    deployer.onStart(null);

    // then
    assertThat(deployer.deployedProcesses()).isEmpty();
  }
}
