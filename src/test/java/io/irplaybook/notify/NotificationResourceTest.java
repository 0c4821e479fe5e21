package io.irplaybook.notify;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

import io.irplaybook.audit.AuditTrail;
import io.irplaybook.notify.service.OutboxDispatcher;
import io.irplaybook.platform.Roles;
import io.irplaybook.security.service.AnyResponderRole;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Dead letters through the API, an operator's retry, and the channel test button. */
@QuarkusTest
@QuarkusTestResource(value = NotifyPeers.class, restrictToAnnotatedClass = true)
class NotificationResourceTest {

  @Inject Notifications notifications;
  @Inject OutboxDispatcher dispatcher;
  @Inject AuditTrail audit;

  @BeforeEach
  void reset() {
    OutboxTestSupport.clear();
    NotifyPeers.wireMock.resetAll();
  }

  @Test
  @TestSecurity(user = "olga", roles = Roles.ADMIN)
  void shouldListADeadLetterAndDeliverItAfterAnOperatorRetriesIt() {
    // given
    NotifyPeers.wireMock.stubFor(post("/hook").willReturn(aResponse().withStatus(400)));
    String id =
        QuarkusTransaction.requiringNew()
            .call(() -> notifications.enqueue("hook", OutboxTestSupport.message("dead")));
    dispatcher.dispatchDue();

    // when
    given()
        .queryParam("status", "DEAD")
        .get("/api/notifications")
        .then()
        .statusCode(200)
        .body("id", hasItem(id))
        .body("toString()", Matchers.not(containsString("127.0.0.1")));
    NotifyPeers.wireMock.stubFor(post("/hook").willReturn(aResponse().withStatus(200)));
    given().post("/api/notifications/{id}/retry", id).then().statusCode(202);
    dispatcher.dispatchDue();

    // then
    assertThat(OutboxTestSupport.row(id).status).isEqualTo(Notification.DELIVERED);
    assertThat(audit.forIncident("INC-TEST", 100))
        .extracting(r -> r.event().action())
        .contains("notification.dead-lettered", "notification.retried", "notification.delivered");
    given()
        .post("/api/notifications/{id}/retry", id)
        .then()
        .statusCode(409)
        .contentType("application/problem+json");
  }

  @Test
  @TestSecurity(user = "olga", roles = Roles.ADMIN)
  void shouldRefuseToTestAChannelPointingAtCloudMetadataAndSendNothing() {
    given()
        .queryParam("channel", "metadata")
        .post("/api/notifications/test")
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("detail", containsString("link-local or cloud metadata"));
  }

  @Test
  @TestSecurity(user = "olga", roles = Roles.ADMIN)
  void shouldSendATestMessageThroughAWorkingChannel() {
    // given
    NotifyPeers.wireMock.stubFor(post("/hook").willReturn(aResponse().withStatus(204)));

    // when / then
    given().queryParam("channel", "hook").post("/api/notifications/test").then().statusCode(200);
    assertThat(NotifyPeers.wireMock.findAll(postRequestedFor(urlEqualTo("/hook")))).hasSize(1);
    given().queryParam("channel", "nope").post("/api/notifications/test").then().statusCode(422);
  }

  @Test
  @TestSecurity(user = "sam", roles = Roles.SOC_ANALYST, augmentors = AnyResponderRole.class)
  void shouldForbidRetryToNonAdmins() {
    given().post("/api/notifications/{id}/retry", "msg_x").then().statusCode(403);
  }
}
