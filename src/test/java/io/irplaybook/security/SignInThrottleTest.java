package io.irplaybook.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.irplaybook.inbox.InboxFixtures;
import io.irplaybook.platform.TestClock;
import io.irplaybook.security.service.SignInAudit;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Failed sign-ins are throttled per source address (20 a minute) and per user name (10 a minute)
 * before any password is hashed, and audited as one record per address and window.
 */
@QuarkusTest
class SignInThrottleTest {

  private static final Duration WINDOW = Duration.ofMinutes(1);

  @Inject InboxFixtures fixtures;
  @Inject TestClock clock;
  @Inject MeterRegistry registry;
  @Inject SignInAudit signInAudit;
  @Inject DataSource dataSource;

  @BeforeEach
  void freshWindow() {
    fixtures.user("thr-tia", "soc-analyst");
    endWindow(); // failures of earlier tests in this JVM count in their own, ended window
    clock.freeze(); // Retry-After then counts from a known instant
  }

  @AfterEach
  void thaw() {
    clock.thaw();
    endWindow();
  }

  private void endWindow() {
    clock.advance(WINDOW.plusSeconds(1));
    signInAudit.recordEndedWindows();
  }

  @Test
  void shouldAnswerThe21stFailedSignInFromOneAddressWith429WithoutRunningBcrypt() {
    // given 20 failed Basic sign-ins from this address, spread over names so no name reaches 10
    for (int i = 0; i < 20; i++) {
      basic("nobody-" + (i % 4), "wrong-password-" + i).then().statusCode(401);
    }
    double checksBefore = passwordChecks();

    // when the right password comes 21st, by Basic and by the form
    var basic = basic("thr-tia", InboxFixtures.PASSWORD);
    var form = SignInForms.post("thr-tia", InboxFixtures.PASSWORD);

    // then both are refused with 429 and Retry-After, and no password was hashed for them
    basic
        .then()
        .statusCode(429)
        .contentType("application/problem+json")
        .header("Retry-After", "60")
        .body("detail", containsString("Too many failed sign-ins"));
    form.then()
        .statusCode(429)
        .header("Retry-After", "60")
        .body(containsString("Too many failed sign-ins"));
    assertThat(form.getCookie("irp_session")).isNull();
    assertThat(passwordChecks()).isEqualTo(checksBefore);
  }

  @Test
  void shouldAnswerThe11thFailedSignInForOneUserWith429AndLetItInOnceTheWindowEnds() {
    // given
    for (int i = 0; i < 10; i++) {
      basic("thr-tia", "wrong-password-" + i).then().statusCode(401);
    }

    // when
    var refused = basic("thr-tia", InboxFixtures.PASSWORD);
    clock.advance(WINDOW);
    var later = basic("thr-tia", InboxFixtures.PASSWORD);

    // then
    refused.then().statusCode(429).contentType("application/problem+json");
    later.then().statusCode(200);
  }

  @Test
  void shouldThrottleUnknownApiTokensPerAddress() {
    // given
    for (int i = 0; i < 20; i++) {
      bearer("irp_" + UUID.randomUUID()).then().statusCode(401);
    }

    // when
    var refused = bearer("irp_" + UUID.randomUUID());

    // then
    refused.then().statusCode(429).contentType("application/problem+json");
  }

  @Test
  void shouldAuditFailedSignInsAsOneRecordPerAddressAndWindowWithTheirCount() throws Exception {
    // given
    long before = lastSeq();
    for (int i = 0; i < 3; i++) {
      basic("nobody-audit", "wrong-password-" + i).then().statusCode(401);
    }
    for (int i = 0; i < 10; i++) {
      basic("thr-tia", "wrong-password-" + i).then().statusCode(401);
    }
    basic("thr-tia", "still-guessing").then().statusCode(429);

    // when the window ends and the schedule's run records it
    clock.advance(WINDOW.plusSeconds(1));
    signInAudit.recordEndedWindows();

    // then one record for the address (13 failures, under its limit) and one for the user refused
    List<String> records = recordsAfter(before);
    assertThat(records).hasSize(2);
    assertThat(records.get(0))
        .startsWith("auth.sign-in-failed source-address ")
        .contains("\"failures\":13")
        .contains("\"refused\":0")
        .contains("nobody-audit")
        .contains("thr-tia");
    assertThat(records.get(1))
        .startsWith("auth.sign-in-throttled user thr-tia ")
        .contains("\"failures\":10")
        .contains("\"refused\":1");
  }

  private static io.restassured.response.Response basic(String user, String password) {
    return given().auth().preemptive().basic(user, password).get("/api/me");
  }

  private static io.restassured.response.Response bearer(String token) {
    return given().header("Authorization", "Bearer " + token).get("/api/me");
  }

  private double passwordChecks() {
    return registry.get("irp.security.password.checks").counter().count();
  }

  private long lastSeq() throws SQLException {
    try (Connection c = dataSource.getConnection();
        ResultSet rs = c.createStatement().executeQuery("select max(seq) from audit_record")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** "action objectType objectId details" of the sign-in records after seq, oldest first. */
  private List<String> recordsAfter(long seq) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "select action, object_type, object_id, details from audit_record"
                    + " where seq > ? and action like 'auth.sign-in-%' order by object_type, seq")) {
      s.setLong(1, seq);
      List<String> records = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          records.add(
              rs.getString(1)
                  + " "
                  + rs.getString(2)
                  + " "
                  + rs.getString(3)
                  + " "
                  + rs.getString(4));
        }
      }
      return records;
    }
  }
}
