package io.irplaybook.notify;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.irplaybook.inbox.InboxFixtures;
import io.irplaybook.security.SignInForms;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The admin page's "send a test message" button, as someone setting up a channel uses it. */
@QuarkusTest
@QuarkusTestResource(value = NotifyPeers.class, restrictToAnnotatedClass = true)
class AdminChannelPageTest {

  @Inject InboxFixtures fixtures;

  @BeforeEach
  void admin() {
    fixtures.user("adm-chan", "admin");
    NotifyPeers.wireMock.resetAll();
  }

  @Test
  void shouldSendATestMessageFromTheAdminPageAndSayItArrived() {
    // given
    NotifyPeers.wireMock.stubFor(post("/hook").willReturn(aResponse().withStatus(204)));
    String session = signIn();
    String page = page(session);
    assertThat(page).contains("<li>hook").contains("<li>metadata");

    // when
    Response answer = testChannel(session, csrf(page), "hook");

    // then
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.asString()).contains("id=\"channel-tested\"");
    assertThat(NotifyPeers.wireMock.findAll(postRequestedFor(urlEqualTo("/hook")))).hasSize(1);
  }

  @Test
  void shouldShowWhyAChannelTheSsrfGuardRefusesSentNothing() {
    // given
    String session = signIn();
    String page = page(session);

    // when
    Response answer = testChannel(session, csrf(page), "metadata");

    // then
    assertThat(answer.statusCode()).isEqualTo(422);
    assertThat(answer.asString())
        .contains("id=\"problem\"")
        .contains("link-local or cloud metadata");
    assertThat(NotifyPeers.wireMock.getAllServeEvents()).isEmpty();
  }

  private static String signIn() {
    return SignInForms.session("adm-chan", InboxFixtures.PASSWORD);
  }

  private static String page(String session) {
    return given()
        .cookie("irp_session", session)
        .get("/admin")
        .then()
        .statusCode(200)
        .extract()
        .asString();
  }

  private static Response testChannel(String session, String csrf, String channel) {
    return given()
        .cookie("irp_session", session)
        .redirects()
        .follow(false)
        .contentType("application/x-www-form-urlencoded")
        .formParam("_csrf", csrf)
        .formParam("channel", channel)
        .post("/admin/channels/test");
  }

  private static String csrf(String page) {
    Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
    assertThat(m.find()).as("a form with a CSRF token").isTrue();
    return m.group(1);
  }
}
