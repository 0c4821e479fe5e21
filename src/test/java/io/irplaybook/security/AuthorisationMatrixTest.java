package io.irplaybook.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.irplaybook.inbox.InboxFixtures;
import io.irplaybook.platform.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every endpoint x every role (and no credentials): allowed, forbidden or unauthenticated. The
 * inbox's and security's endpoints are listed here by hand; every other {@code /api/**} operation
 * in the OpenAPI document is checked against the roles its {@code @RolesAllowed} declares there.
 */
@QuarkusTest
class AuthorisationMatrixTest {

  private static final List<String> RESPONDERS = Roles.RESPONDER_ROLES;
  private static final List<String> READERS = concat(RESPONDERS, List.of(Roles.AUDITOR));
  private static final List<String> ADMIN = List.of(Roles.ADMIN);

  /** method, path (with sample ids), roles allowed. */
  record Endpoint(String method, String path, List<String> allowed) {
    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  static final List<Endpoint> OWNED =
      List.of(
          new Endpoint("GET", "/api/tasks", READERS),
          new Endpoint("GET", "/api/tasks/{id}", READERS),
          new Endpoint("POST", "/api/tasks/{id}/claim", RESPONDERS),
          new Endpoint("POST", "/api/tasks/{id}/unclaim", RESPONDERS),
          new Endpoint("POST", "/api/tasks/{id}/assign", List.of(Roles.INCIDENT_COMMANDER)),
          new Endpoint("POST", "/api/tasks/{id}/comments", RESPONDERS),
          new Endpoint("POST", "/api/tasks/{id}/evidence", RESPONDERS),
          new Endpoint("POST", "/api/tasks/{id}/checklist/{position}", RESPONDERS),
          new Endpoint("POST", "/api/tasks/{id}/confirm", RESPONDERS),
          new Endpoint("POST", "/api/tasks/{id}/complete", RESPONDERS),
          new Endpoint("GET", "/api/users", ADMIN),
          new Endpoint("POST", "/api/users", ADMIN),
          new Endpoint("GET", "/api/tokens", ADMIN),
          new Endpoint("POST", "/api/tokens", ADMIN),
          new Endpoint("DELETE", "/api/tokens/{id}", ADMIN),
          new Endpoint("GET", "/api/me", Roles.ALL));

  /**
   * Endpoints that outside services call without a token of ours: the request's signature is the
   * authentication (docs/integrations.md). Unsigned, they answer 401, or 404 where the integration
   * is not configured (as in this test's profile); never anything an anonymous caller could use.
   */
  static final Set<String> SIGNED =
      Set.of(
          "POST /api/slack/interactions",
          "POST /api/slack/commands",
          "POST /api/pagerduty/webhooks");

  @Inject InboxFixtures fixtures;

  @BeforeEach
  void oneUserPerRole() {
    Roles.ALL.forEach(role -> fixtures.user("m-" + role, role));
  }

  static Stream<Arguments> ownedEndpointsTimesRoles() {
    List<Arguments> cases = new ArrayList<>();
    for (Endpoint endpoint : OWNED) {
      cases.add(Arguments.of(endpoint, null));
      Roles.ALL.forEach(role -> cases.add(Arguments.of(endpoint, role)));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("ownedEndpointsTimesRoles")
  void shouldAllowOnlyTheListedRoles(Endpoint endpoint, String role) {
    // given
    RequestSpecification request = role == null ? given() : InboxFixtures.as("m-" + role);

    // when
    int status = send(request, endpoint.method(), endpoint.path());

    // then
    assertThat(status)
        .as("%s as %s", endpoint, role)
        .isEqualTo(expected(endpoint.allowed(), role, status));
  }

  @Test
  void shouldCheckEveryApiOperationOfTheOpenApiDocumentAgainstItsDeclaredRoles() {
    // given
    JsonPath openapi =
        InboxFixtures.as("m-" + Roles.ADMIN) // /q/openapi is for admins only
            .queryParam("format", "json")
            .get("/q/openapi")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    Map<String, Map<String, Object>> paths = openapi.getMap("paths");
    List<String> problems = new ArrayList<>();
    Map<String, List<String>> declared = new TreeMap<>();

    // when
    paths.forEach(
        (path, operations) -> {
          if (!path.startsWith("/api/")) {
            return;
          }
          operations.forEach(
              (method, operation) -> {
                List<String> allowed = declaredRoles(operation);
                declared.put(method.toUpperCase() + " " + path, allowed);
                int anonymous = send(given(), method.toUpperCase(), path);
                if (SIGNED.contains(method.toUpperCase() + " " + path)) {
                  if (allowed != null || (anonymous != 401 && anonymous != 404)) {
                    problems.add(
                        method
                            + " "
                            + path
                            + " (signed) without a signature answered "
                            + anonymous);
                  }
                  return;
                }
                if (anonymous != 401) {
                  problems.add(method + " " + path + " without credentials answered " + anonymous);
                }
                if (allowed == null) {
                  return;
                }
                for (String role : Roles.ALL) {
                  int status = send(InboxFixtures.as("m-" + role), method.toUpperCase(), path);
                  if (status != expected(allowed, role, status)) {
                    problems.add(
                        method
                            + " "
                            + path
                            + " as "
                            + role
                            + " answered "
                            + status
                            + " (allowed: "
                            + allowed
                            + ")");
                  }
                }
              });
        });

    // then
    assertThat(declared)
        .as("operations and the roles they declare")
        .containsEntry("GET /api/users", ADMIN)
        .containsEntry("POST /api/tasks/{id}/assign", List.of(Roles.INCIDENT_COMMANDER))
        .containsKeys("GET /api/tasks", "DELETE /api/tokens/{id}");
    assertThat(problems).isEmpty();
  }

  /**
   * 401 without credentials; 403 for a role not allowed; for an allowed role anything but
   * 401/403/5xx.
   */
  private static int expected(List<String> allowed, String role, int actual) {
    if (role == null) {
      return 401;
    }
    if (!allowed.contains(role)) {
      return 403;
    }
    return actual == 401 || actual == 403 || actual >= 500 ? -1 : actual;
  }

  @SuppressWarnings("unchecked")
  private static List<String> declaredRoles(Object operation) {
    Object security = ((Map<String, Object>) operation).get("security");
    if (!(security instanceof List<?> requirements) || requirements.isEmpty()) {
      return null;
    }
    List<String> roles = new ArrayList<>();
    for (Object requirement : requirements) {
      ((Map<String, List<String>>) requirement).values().forEach(roles::addAll);
    }
    // any-responder is given to every holder of a responder role, never assigned itself.
    if (roles.remove(Roles.ANY_RESPONDER)) {
      roles.addAll(Roles.RESPONDER_ROLES);
    }
    // An operation that only needs a signed-in user declares no roles: every role may call it.
    if (roles.isEmpty()) {
      return Roles.ALL;
    }
    return roles;
  }

  private static int send(RequestSpecification request, String method, String path) {
    String concrete = path.replaceAll("\\{position}", "1").replaceAll("\\{[^}]+}", "999999999");
    return request
        .contentType("application/json")
        .body("{}")
        .request(method, concrete)
        .statusCode();
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }
}
