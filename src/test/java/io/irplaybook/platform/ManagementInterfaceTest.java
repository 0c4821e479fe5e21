package io.irplaybook.platform;

import static io.restassured.RestAssured.given;

import io.irplaybook.inbox.InboxFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, point 6, as production runs: with the management interface on (the default outside dev
 * mode and tests), health, metrics, OpenAPI and Swagger UI answer on the management port and are
 * gone from the public one.
 */
@QuarkusTest
@TestProfile(ManagementInterfaceTest.ManagementOn.class)
class ManagementInterfaceTest {

  /** The production setting, on a free port so parallel test runs never clash. */
  public static class ManagementOn implements QuarkusTestProfile {

    static final int PORT = freePort();

    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "quarkus.management.enabled",
          "true",
          "quarkus.management.test-port",
          String.valueOf(PORT));
    }

    private static int freePort() {
      try (ServerSocket socket = new ServerSocket(0)) {
        return socket.getLocalPort();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @Inject InboxFixtures fixtures;

  /** Read back from the running application: the profile picked it in another class loader. */
  private static int managementPort() {
    return ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class);
  }

  @BeforeEach
  void users() {
    fixtures.user("adm-ada", "admin");
  }

  @Test
  void shouldServeHealthMetricsAndOpenApiOnTheManagementPort() {
    for (String path : new String[] {"/q/health/ready", "/q/metrics", "/q/openapi"}) {
      given().port(managementPort()).get(path).then().statusCode(200);
    }
  }

  @Test
  void shouldNotServeThemOnThePublicPortEvenToAnAdmin() {
    for (String path :
        new String[] {"/q/health/ready", "/q/metrics", "/q/openapi", "/q/swagger-ui/"}) {
      InboxFixtures.as("adm-ada").get(path).then().statusCode(404);
    }
  }
}
