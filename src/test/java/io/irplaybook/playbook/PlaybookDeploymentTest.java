package io.irplaybook.playbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.Process;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Start-up deploys the packaged playbooks through the Camunda client, once per content. */
@QuarkusTest
class PlaybookDeploymentTest {

  @Inject CamundaClient client;

  @Inject PlaybookDeployer deployer;

  @TempDir Path temp;

  @Test
  void shouldDeployTheEntryProcessAtStartUpAndKeepItsVersionWhenTheSameFileIsDeployedAgain()
      throws IOException {
    // given the deployment made at start-up
    DeployedProcess atStartUp =
        deployer.deployedProcesses().stream()
            .filter(p -> p.bpmnProcessId().equals("incident-response"))
            .findFirst()
            .orElseThrow();

    // when the identical file is deployed again
    Process again =
        client
            .newDeployResourceCommand()
            .addResourceBytes(entryProcess(), "incident-response.bpmn")
            .send()
            .join()
            .getProcesses()
            .get(0);

    // then the gateway answers with the version it already had
    assertThat(atStartUp.version()).isEqualTo(1);
    assertThat(again.getVersion()).isEqualTo(1);
    assertThat(again.getProcessDefinitionKey()).isEqualTo(atStartUp.processDefinitionKey());
  }

  @Test
  void shouldDeployThePlaybooksOfAConfiguredDirectory() throws IOException {
    // given an operator's directory holding the entry process under a new process id
    String edited =
        new String(entryProcess(), StandardCharsets.UTF_8)
            .replace("id=\"incident-response\"", "id=\"incident-response-edited\"")
            .replace(
                "bpmnElement=\"incident-response\"", "bpmnElement=\"incident-response-edited\"");
    Files.writeString(temp.resolve("incident-response-edited.bpmn"), edited);

    // when
    List<DeployedProcess> deployed =
        new PlaybookDeployer(client, () -> Optional.of(temp), () -> true).deploy();

    // then
    assertThat(deployed)
        .extracting(DeployedProcess::bpmnProcessId)
        .containsExactly("incident-response-edited");
  }

  @Test
  void shouldFailWithTheGatewaysReasonWhenAPlaybookIsRejected() throws IOException {
    // given a file that is not BPMN at all
    Files.writeString(temp.resolve("broken.bpmn"), "<definitions>not a process</definitions>");
    PlaybookDeployer deployer = new PlaybookDeployer(client, () -> Optional.of(temp), () -> true);

    // when / then
    assertThatThrownBy(deployer::deploy)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Could not deploy the playbooks from " + temp.toAbsolutePath())
        .hasMessageContaining("INVALID_ARGUMENT")
        .hasMessageContaining("broken.bpmn");
  }

  private byte[] entryProcess() throws IOException {
    try (InputStream in =
        getClass().getClassLoader().getResourceAsStream("bpmn/incident-response.bpmn")) {
      return in.readAllBytes();
    }
  }
}
