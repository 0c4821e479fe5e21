package io.irplaybook.engine.conformance;

import static io.irplaybook.engine.testing.EngineHarness.newJobType;
import static io.irplaybook.engine.testing.EngineHarness.variables;
import static io.irplaybook.engine.testing.Rejections.assertRejected;
import static io.irplaybook.engine.testing.Rejections.description;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.api.response.ActivatedJob;
import io.grpc.Status;
import io.irplaybook.engine.EmbeddedEngine;
import io.irplaybook.engine.EngineSettings;
import io.irplaybook.engine.testing.ControlledClock;
import io.irplaybook.engine.testing.EngineHarness;
import io.irplaybook.engine.testing.TestDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 16, point 2: an engine listening beyond loopback admits only callers presenting its token,
 * on the gateway API and on the REST API alike.
 */
class GatewayAuthenticationTest {

  private static final String TOKEN = "test-gateway-token-0123456789abcdef";

  @RegisterExtension final EngineHarness engine = EngineHarness.requiringToken("0.0.0.0", TOKEN);

  private final String jobType = newJobType();
  private CamundaClient other;

  @AfterEach
  void closeOtherClient() {
    if (other != null) {
      other.close();
    }
  }

  @Test
  void shouldRefuseADeploymentFromAClientWithoutACredential() {
    // given
    other = engine.newClient(Optional.empty());

    // when
    ClientStatusException rejection =
        assertRejected(
            Status.Code.UNAUTHENTICATED,
            () ->
                other
                    .newDeployResourceCommand()
                    .addResourceFromClasspath(EngineHarness.fixture("one-service-task.bpmn"))
                    .send()
                    .join());

    // then
    assertThat(description(rejection)).contains("no credential");
  }

  @Test
  void shouldRefuseToCompleteAJobForAClientWithTheWrongToken() {
    // given
    engine.deployProcess("one-service-task.bpmn");
    engine.createInstance("one-service-task", variables("jobType", jobType));
    ActivatedJob job = engine.awaitJob(jobType);
    other = engine.newClient(Optional.of(EngineHarness.bearer(TOKEN + "x")));

    // when
    ClientStatusException rejection =
        assertRejected(
            Status.Code.UNAUTHENTICATED,
            () -> other.newCompleteCommand(job.getKey()).send().join());

    // then the job is still open: the holder of the token completes it
    assertThat(description(rejection)).contains("not one the gateway accepts");
    engine.client().newCompleteCommand(job.getKey()).send().join();
  }

  @Test
  void shouldRefuseToCompleteAJobForAClientWithoutACredential() {
    // given
    engine.deployProcess("one-service-task.bpmn");
    engine.createInstance("one-service-task", variables("jobType", jobType));
    ActivatedJob job = engine.awaitJob(jobType);
    other = engine.newClient(Optional.empty());

    // when / then
    assertRejected(
        Status.Code.UNAUTHENTICATED, () -> other.newCompleteCommand(job.getKey()).send().join());
    engine.client().newCompleteCommand(job.getKey()).send().join();
  }

  @Test
  void shouldServeAClientPresentingTheToken() {
    // when
    var deployment =
        engine
            .client()
            .newDeployResourceCommand()
            .addResourceFromClasspath(EngineHarness.fixture("one-service-task.bpmn"))
            .send()
            .join();

    // then
    assertThat(deployment.getProcesses()).hasSize(1);
  }

  @Test
  void shouldAnswerTheRestApiWith401WithoutTheToken() throws Exception {
    // given
    HttpClient http = HttpClient.newHttpClient();
    URI search = URI.create("http://localhost:" + engine.restPort() + "/v2/user-tasks/search");
    HttpRequest.Builder request =
        HttpRequest.newBuilder(search)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{}"));

    // when
    HttpResponse<String> anonymous =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> withToken =
        http.send(
            request.header("Authorization", "Bearer " + TOKEN).build(),
            HttpResponse.BodyHandlers.ofString());

    // then
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
    assertThat(withToken.statusCode()).isEqualTo(200);
  }

  @Test
  void shouldRefuseToStartBeyondLoopbackWithoutAToken() {
    try (TestDatabase database = TestDatabase.create()) {
      EngineSettings settings =
          new EngineSettings(
              database.dataSource(), new ControlledClock(), "0.0.0.0", 0, EngineHarness.TICK, 0);

      assertThatThrownBy(() -> EmbeddedEngine.start(settings).close())
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("irp.engine.token")
          .hasMessageContaining("'0.0.0.0'");
    }
  }

  @Test
  void shouldRefuseATokenTooShortToResistGuessing() {
    try (TestDatabase database = TestDatabase.create()) {
      EngineSettings settings =
          new EngineSettings(
                  database.dataSource(), new ControlledClock(), "0.0.0.0", 0, EngineHarness.TICK, 0)
              .withToken("short");

      assertThatThrownBy(() -> EmbeddedEngine.start(settings).close())
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("at least 32 characters");
    }
  }

  @Test
  void shouldStartOnLoopbackWithoutAToken() {
    try (TestDatabase database = TestDatabase.create();
        EmbeddedEngine loopback =
            EmbeddedEngine.start(
                new EngineSettings(
                    database.dataSource(),
                    new ControlledClock(),
                    "localhost",
                    0,
                    EngineHarness.TICK,
                    0))) {
      assertThat(loopback.port()).isPositive();
    }
  }
}
