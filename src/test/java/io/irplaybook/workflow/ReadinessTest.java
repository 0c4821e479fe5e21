package io.irplaybook.workflow;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Readiness covers what a request needs: the Zeebe gateway and the database. */
@QuarkusTest
class ReadinessTest {

  @Test
  void shouldBeReadyWhenTheGatewayAndTheDatabaseAnswer() {
    // given the service started with the embedded engine
    // when / then
    given()
        .when()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("status", is("UP"))
        .body("checks.find { it.name == 'camunda-gateway' }.status", is("UP"))
        .body("checks.find { it.name == 'camunda-gateway' }.data.'gateway-version'", notNullValue())
        .body("checks.find { it.name == 'camunda-gateway' }.data.'cluster-size'", is(1))
        .body("checks.find { it.name == 'Database connections health check' }.status", is("UP"));
  }
}
