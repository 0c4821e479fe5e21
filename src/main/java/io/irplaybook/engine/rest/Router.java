package io.irplaybook.engine.rest;

import com.sun.net.httpserver.HttpExchange;
import io.irplaybook.engine.access.GatewayCredential;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * Finds the handler for a method and path under {@code /v2}; anything else is answered 501 with a
 * problem detail naming the endpoint this engine does not serve.
 */
final class Router {

  private static final Logger LOG = Logger.getLogger(Router.class);

  /** Handles one matched request; {@code path} holds the path's groups (keys). */
  @FunctionalInterface
  interface Handler {
    void handle(RestExchange exchange, Matcher path) throws IOException;
  }

  private record Route(String method, Pattern path, Handler handler) {}

  private final List<Route> routes = new ArrayList<>();
  private final Optional<GatewayCredential> access;

  Router(Optional<GatewayCredential> access) {
    this.access = access;
  }

  Router add(String method, String pathPattern, Handler handler) {
    routes.add(new Route(method, Pattern.compile("/v2" + pathPattern), handler));
    return this;
  }

  void dispatch(HttpExchange httpExchange) throws IOException {
    RestExchange exchange = new RestExchange(httpExchange);
    try {
      requireCredential(httpExchange);
      for (Route route : routes) {
        Matcher matcher = route.path().matcher(exchange.path());
        if (matcher.matches() && route.method().equals(exchange.method())) {
          route.handler().handle(exchange, matcher);
          return;
        }
      }
      throw new RestProblem(
          501,
          "NOT_IMPLEMENTED",
          "Expected an endpoint of the Orchestration Cluster REST API that the embedded engine"
              + " serves (user tasks, element instances, process instances, variables, incidents;"
              + " see docs/engine.md), but "
              + exchange.method()
              + " "
              + exchange.path()
              + " is not supported");
    } catch (RestProblem problem) {
      exchange.problem(problem);
    } catch (RuntimeException e) {
      LOG.errorf(e, "Engine REST API failed on %s %s", exchange.method(), exchange.path());
      exchange.problem(
          new RestProblem(
              500,
              "INTERNAL",
              "Expected to answer " + exchange.method() + " " + exchange.path() + ", but " + e));
    } finally {
      httpExchange.close();
    }
  }

  /** Refuses the request before routing unless it carries the token (when one is required). */
  private void requireCredential(HttpExchange httpExchange) {
    if (access.isEmpty()) {
      return;
    }
    String authorization = httpExchange.getRequestHeaders().getFirst("Authorization");
    if (!access.get().admits(authorization)) {
      String expected = access.get().expected();
      // One challenge per scheme the engine accepts (RFC 9110 section 11.6.1).
      if (expected.contains("Basic")) {
        httpExchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"camunda\"");
      }
      if (expected.contains("Bearer")) {
        httpExchange.getResponseHeaders().add("WWW-Authenticate", "Bearer");
      }
      throw new RestProblem(
          401,
          "Unauthorized",
          "Expected the header 'Authorization: "
              + expected
              + "', but "
              + (authorization == null
                  ? "the request carried no credential"
                  : "the credential presented is not one the engine accepts"));
    }
  }

  /** A key from the path; keys are decimal strings as Camunda writes them. */
  static long key(Matcher path, int group, String name) {
    String text = path.group(group);
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw RestProblem.badRequest(
          "Expected " + name + " to be a numeric key, but it was '" + text + "'");
    }
  }
}
