package io.irplaybook.platform;

import static io.restassured.RestAssured.given;

import io.irplaybook.inbox.InboxFixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, point 6, where /q shares the public port (dev mode, tests, or the management interface
 * switched off): OpenAPI, Swagger UI and metrics are for admins, health for everybody (probes).
 */
@QuarkusTest
class FrameworkEndpointsTest {

  @Inject InboxFixtures fixtures;

  @BeforeEach
  void users() {
    fixtures.user("adm-ada", "admin");
    fixtures.user("fx-fumi", "forensics");
  }

  @Test
  void shouldRefuseOpenApiSwaggerUiAndMetricsToAnonymousCallers() {
    for (String path : new String[] {"/q/openapi", "/q/swagger-ui/", "/q/metrics"}) {
      given().redirects().follow(false).get(path).then().statusCode(401);
    }
  }

  @Test
  void shouldRefuseThemToAResponder() {
    for (String path : new String[] {"/q/openapi", "/q/swagger-ui/", "/q/metrics"}) {
      InboxFixtures.as("fx-fumi").get(path).then().statusCode(403);
    }
  }

  @Test
  void shouldServeThemToAnAdmin() {
    for (String path : new String[] {"/q/openapi", "/q/swagger-ui/", "/q/metrics"}) {
      InboxFixtures.as("adm-ada").get(path).then().statusCode(200);
    }
  }

  @Test
  void shouldLeaveHealthOpenForProbes() {
    given().get("/q/health/ready").then().statusCode(200);
    given().get("/q/health/live").then().statusCode(200);
  }
}
