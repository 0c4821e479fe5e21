package io.irplaybook.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vertx.core.MultiMap;
import org.junit.jupiter.api.Test;

/** Issue 16, point 6: security headers on every page and answer of the public port. */
@QuarkusTest
class SecurityHeadersTest {

  @Test
  void shouldSendAPolicyWithoutInlineScriptThatForbidsFramingOnPages() {
    // when
    Response page = given().accept("text/html").get("/signin");

    // then
    page.then()
        .statusCode(200)
        .header("Referrer-Policy", "no-referrer")
        .header("X-Content-Type-Options", "nosniff")
        .header("X-Frame-Options", "DENY")
        .header("Cache-Control", "no-store");
    String policy = page.header("Content-Security-Policy");
    assertThat(policy).contains("frame-ancestors 'none'").contains("script-src 'self';");
    assertThat(directive(policy, "script-src")).doesNotContain("unsafe-inline");
  }

  @Test
  void shouldNotClaimHstsOverPlainHttp() {
    given().get("/signin").then().header("Strict-Transport-Security", nullValue());
  }

  @Test
  void shouldClaimHstsWhenTheRequestCameOverHttps() {
    // given
    MultiMap headers = MultiMap.caseInsensitiveMultiMap();

    // when
    SecurityHeaders.apply(headers, true);

    // then
    assertThat(headers.get("Strict-Transport-Security")).startsWith("max-age=");
  }

  @Test
  void shouldSendTheHeadersWithErrorsAndApiAnswersToo() {
    given()
        .get("/api/incidents")
        .then()
        .statusCode(401)
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
  }

  @Test
  void shouldAnswerATooLongUriAs414Problem() {
    // given a URI over the service's 8 KiB limit but under the HTTP layer's own
    String query = "q=" + "a".repeat(RequestLineLimit.MAX_URI_LENGTH);

    // when / then
    given()
        .get("/api/incidents?" + query)
        .then()
        .statusCode(414)
        .contentType(Problem.MEDIA_TYPE)
        .body("status", equalTo(414))
        .body("detail", containsString("8192"));
  }

  private static String directive(String policy, String name) {
    for (String part : policy.split(";")) {
      if (part.strip().startsWith(name + " ")) {
        return part.strip();
      }
    }
    throw new AssertionError("No " + name + " in " + policy);
  }
}
