package io.irplaybook.incident;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

/**
 * The incident API is documented in OpenAPI with examples, and Swagger UI serves it (to admins:
 * everything under /q but health is admin-only where it shares the public port).
 */
@QuarkusTest
@TestSecurity(user = "adm", roles = "admin")
class IncidentOpenApiTest {

  @Test
  void shouldDocumentTheIncidentEndpointsWithExamples() {
    // when / then
    given()
        .accept("application/yaml")
        .get("/q/openapi")
        .then()
        .statusCode(200)
        .body(containsString("/api/incidents/batch"))
        .body(containsString("/api/incidents/{id}/timeline"))
        .body(containsString("cloud-config-backup-exposure"))
        .body(containsString("Idempotency-Key reused with a different request"));
  }

  @Test
  void shouldServeSwaggerUi() {
    // when / then
    given().get("/q/swagger-ui/").then().statusCode(200);
  }
}
