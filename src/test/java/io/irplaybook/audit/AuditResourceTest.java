package io.irplaybook.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import io.irplaybook.platform.Roles;
import io.irplaybook.security.service.AnyResponderRole;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The HTTP API: auditors and admins read and export; nobody changes anything. */
@QuarkusTest
class AuditResourceTest {

  @Inject AuditTrail trail;

  @Test
  @TestSecurity(user = "ada", roles = Roles.AUDITOR)
  void shouldStreamACsvExportWithHeaderRowsAndTheManifestAsTrailerAndAuditTheExport() {
    // given
    String incident = AuditTestData.newIncidentId();
    trail.append(AuditTestData.event(incident, 1));
    trail.append(AuditTestData.event(incident, 2));

    // when
    String csv =
        given()
            .queryParam("format", "csv")
            .queryParam("incident", incident)
            .when()
            .get("/api/audit/export")
            .then()
            .statusCode(200)
            .header("Content-Type", containsString("text/csv"))
            .extract()
            .asString();

    // then header, the two records (the export event joins the incident too) and the trailer
    List<String> lines = csv.lines().toList();
    assertThat(lines.get(0)).startsWith("seq,time,actor,sourceIp,action");
    assertThat(lines).filteredOn(l -> l.contains(",task.c")).hasSize(2);
    assertThat(lines.get(lines.size() - 1))
        .startsWith("#{\"manifest\":{")
        .contains("\"count\":3")
        .contains("\"signature\":");
    assertThat(trail.forIncident(incident, 10))
        .extracting(r -> r.event().action())
        .contains("audit.exported");
    assertThat(trail.forIncident(incident, 10))
        .filteredOn(r -> r.event().action().equals("audit.exported"))
        .extracting(r -> r.event().actor())
        .containsExactly("ada");
  }

  @Test
  @TestSecurity(user = "ada", roles = Roles.AUDITOR)
  void shouldNeutraliseAFormulaActorInCsvButKeepItInJsonlAndTheChain() {
    // given a failed sign-in as the security feature records it: the typed user name is the actor
    String incident = AuditTestData.newIncidentId();
    trail.append(
        AuditEvent.of("=1+1", "auth.sign-in", "user", "=1+1")
            .result(AuditEvent.FAILURE)
            .incident(incident)
            .detail("method", "basic")
            .build());

    // when
    String csv = export("csv", incident);
    String jsonl = export("jsonl", incident);

    // then the spreadsheet sees text, the JSONL export and the hash the value as recorded
    String csvLine = csv.lines().filter(l -> l.contains("auth.sign-in")).findFirst().orElseThrow();
    String jsonLine =
        jsonl.lines().filter(l -> l.contains("auth.sign-in")).findFirst().orElseThrow();
    assertThat(csvLine).contains(",'=1+1,,auth.sign-in,user,'=1+1,failure,");
    assertThat(jsonLine).contains("\"actor\":\"=1+1\"").doesNotContain("'=1+1");
    String hash = jsonLine.replaceAll(".*\"hash\":\"([0-9a-f]{64})\".*", "$1");
    assertThat(csvLine).endsWith("," + hash);
    assertThat(trail.forIncident(incident, 5).get(0).event().actor()).isEqualTo("=1+1");
  }

  private static String export(String format, String incident) {
    return given()
        .queryParam("format", format)
        .queryParam("incident", incident)
        .when()
        .get("/api/audit/export")
        .then()
        .statusCode(200)
        .extract()
        .asString();
  }

  @Test
  @TestSecurity(user = "root", roles = Roles.ADMIN)
  void shouldReportTheStoredChainValid() {
    trail.append(AuditEvent.of("root", "config.changed", "setting", "irp.x").build());
    given()
        .when()
        .get("/api/audit/verify")
        .then()
        .statusCode(200)
        .body("valid", is(true))
        .body("brokenSeq", is((Object) null));
  }

  @Test
  @TestSecurity(user = "ada", roles = Roles.AUDITOR)
  void shouldAnswerAnUnknownFormatWithAProblemSayingWhatToFix() {
    given()
        .queryParam("format", "xml")
        .when()
        .get("/api/audit/export")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", containsString("jsonl, csv or ocsf"));
    given()
        .queryParam("from", "yesterday")
        .when()
        .get("/api/audit/export")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", containsString("ISO-8601"));
  }

  @Test
  @TestSecurity(user = "ada", roles = Roles.AUDITOR)
  void shouldOfferNoWayToChangeOrRemoveRecords() {
    given()
        .body("{}")
        .contentType("application/json")
        .when()
        .post("/api/audit")
        .then()
        .statusCode(405);
    given().when().delete("/api/audit").then().statusCode(405);
    given().when().put("/api/audit/export").then().statusCode(405);
  }

  @Test
  @TestSecurity(user = "bob", roles = Roles.INCIDENT_COMMANDER, augmentors = AnyResponderRole.class)
  void shouldForbidResponders() {
    given().queryParam("format", "jsonl").when().get("/api/audit/export").then().statusCode(403);
    given().when().get("/api/audit/verify").then().statusCode(403);
  }

  @Test
  void shouldRefuseAnonymousCallers() {
    int status = given().when().get("/api/audit/verify").then().extract().statusCode();
    assertThat(status).isIn(401, 403);
  }
}
