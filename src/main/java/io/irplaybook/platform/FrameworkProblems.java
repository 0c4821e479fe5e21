package io.irplaybook.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.ForbiddenException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The framework's own failures as problems, beside {@link ProblemMapper}: a path or query parameter
 * of the wrong type, an unknown path, a wrong method, media type or Accept header, malformed JSON,
 * and as a last resort any unexpected exception (500, logged with an id the answer names; nothing
 * of the exception reaches the caller).
 *
 * <p>Who gets a problem: every request under {@code /api/}, and any other request that does not ask
 * for HTML. A browser asking for a page ({@code Accept: text/html} outside {@code /api/}) keeps the
 * framework's own answer, so pages stay pages.
 */
public class FrameworkProblems {

  private static final Logger LOG = Logger.getLogger(FrameworkProblems.class);

  private final ObjectMapper json;

  public FrameworkProblems(ObjectMapper json) {
    this.json = json;
  }

  @ServerExceptionMapper
  public Response webApplication(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
    Response framework = e.getResponse();
    if (framework.getStatus() < 400 || isProblem(framework) || wantsPage(headers, uri)) {
      return framework;
    }
    if (e.getCause() instanceof JsonProcessingException jsonError) {
      return json(jsonError);
    }
    int status = framework.getStatus();
    Problem problem =
        Problem.of(
            status, reasonPhrase(status), detail(status, uri, framework.getAllowedMethods()));
    Response.ResponseBuilder answer = Response.fromResponse(ProblemMapper.response(json, problem));
    framework.getHeaders().forEach((name, values) -> copyHeader(answer, name, values));
    return answer.type(Problem.MEDIA_TYPE).build();
  }

  /**
   * A signed-in caller whose roles do not allow the operation. Quarkus answers an empty 403; API
   * callers get a problem instead, and pages keep the bare status for the web's error page.
   */
  @ServerExceptionMapper
  public Response forbidden(ForbiddenException e, HttpHeaders headers, UriInfo uri) {
    if (wantsPage(headers, uri)) {
      return Response.status(403).build();
    }
    return ProblemMapper.response(
        json, Problem.of(403, reasonPhrase(403), detail(403, uri, Set.of())));
  }

  /** Quarkus's own mapper answers this type with an empty 400; ours says where the JSON broke. */
  @ServerExceptionMapper
  public Response mismatchedInput(MismatchedInputException e, HttpHeaders headers, UriInfo uri) {
    return json(e);
  }

  @ServerExceptionMapper
  public Response jsonProcessing(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
    return json(e);
  }

  @ServerExceptionMapper
  public Response unexpected(Throwable e, HttpHeaders headers, UriInfo uri) {
    Optional<SQLException> unreachable = DatabaseOutage.cause(e);
    if (unreachable.isPresent() && !wantsPage(headers, uri)) {
      // Not a bug: the database is down or restarting, and the request's transaction rolled back.
      // A 503 with Retry-After tells clients (SIEMs, the inbox) to send it again, where a 500 asks
      // them to report it.
      LOG.warnf(
          "Answered 503 to %s: the database is unreachable (%s)",
          uri == null ? "?" : uri.getPath(), unreachable.get().getMessage());
      return DatabaseOutage.response(json);
    }
    Optional<SQLException> invalidData = invalidData(e);
    if (invalidData.isPresent() && !wantsPage(headers, uri)) {
      // SQLState class 22 is the database refusing a value (PostgreSQL: a NUL character in text,
      // a number out of range): the caller's input, not our fault, and nothing was stored.
      LOG.debugf("Refused input the database cannot store: %s", invalidData.get().getMessage());
      return ProblemMapper.response(
          json,
          Problem.of(
              400,
              "Bad Request",
              "Expected values the database can store, but the request holds one it refuses"
                  + " (SQLState "
                  + invalidData.get().getSQLState()
                  + ", e.g. a NUL character in a text or an out-of-range number); nothing was"
                  + " stored, fix the value and send it again."));
    }
    String id = UUID.randomUUID().toString();
    LOG.errorf(e, "Unexpected error %s answering %s", id, uri == null ? "?" : uri.getPath());
    if (wantsPage(headers, uri)) {
      return Response.serverError()
          .type(MediaType.TEXT_PLAIN_TYPE)
          .entity("Something went wrong on our side (error " + id + "). Try again.")
          .build();
    }
    return ProblemMapper.response(
        json,
        Problem.of(
            500,
            "Internal Server Error",
            "Something went wrong on our side; try again, and if it persists give the operators"
                + " the error id "
                + id
                + "."));
  }

  /** A data exception (SQLState class 22) anywhere in the causes or suppressed exceptions. */
  static Optional<SQLException> invalidData(Throwable e) {
    return findSql(e, sql -> sql.getSQLState() != null && sql.getSQLState().startsWith("22"));
  }

  /**
   * The first SQLException among the causes and suppressed exceptions that matches; Hibernate,
   * Narayana and Agroal each wrap the driver's exception their own way.
   */
  static Optional<SQLException> findSql(Throwable e, Predicate<SQLException> matches) {
    Deque<Throwable> work = new ArrayDeque<>();
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    work.add(e);
    while (!work.isEmpty()) {
      Throwable t = work.pop();
      if (!seen.add(t)) {
        continue;
      }
      if (t instanceof SQLException sql && matches.test(sql)) {
        return Optional.of(sql);
      }
      if (t.getCause() != null) {
        work.add(t.getCause());
      }
      work.addAll(Arrays.asList(t.getSuppressed()));
    }
    return Optional.empty();
  }

  private Response json(JsonProcessingException e) {
    var location = e.getLocation();
    String where =
        location == null || location.getLineNr() < 0
            ? ""
            : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    String field =
        e instanceof MismatchedInputException m && !m.getPath().isEmpty()
            ? " (field " + path(m) + ")"
            : "";
    return ProblemMapper.response(
        json,
        Problem.of(
            400,
            "Bad Request",
            "The request body is not the JSON this operation expects"
                + where
                + field
                + "; send a JSON object with the documented fields (see /q/openapi)."));
  }

  private static String path(MismatchedInputException e) {
    StringBuilder out = new StringBuilder();
    for (var reference : e.getPath()) {
      if (reference.getFieldName() != null) {
        out.append(out.isEmpty() ? "" : ".").append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        out.append('[').append(reference.getIndex()).append(']');
      }
    }
    return out.toString();
  }

  private static String detail(int status, UriInfo uri, java.util.Set<String> allowed) {
    String path = uri == null ? "this path" : uri.getPath();
    return switch (status) {
      case 404 ->
          "Nothing is at "
              + path
              + ", or a path parameter has the wrong type (ids of tasks and drafts are"
              + " numbers); check the address against /q/openapi.";
      case 405 ->
          "This method is not allowed on "
              + path
              + (allowed == null || allowed.isEmpty() ? "" : "; use one of " + allowed)
              + ".";
      case 415 -> "Send the body as application/json (the Content-Type this operation reads).";
      case 406 ->
          "This operation answers in application/json (or the type /q/openapi names); accept"
              + " that in the Accept header.";
      case 400 ->
          "A query or path parameter or the body has the wrong type or format; check it"
              + " against /q/openapi.";
      case 401 -> "Sign in or send a valid API token.";
      case 403 -> "Your roles do not allow this.";
      default -> "The request could not be handled as sent; check it against /q/openapi.";
    };
  }

  private static boolean isProblem(Response response) {
    MediaType type = response.getMediaType();
    return response.hasEntity()
        && type != null
        && Problem.MEDIA_TYPE.equals(type.getType() + "/" + type.getSubtype());
  }

  /** A page request: outside /api/, from a client that asks for HTML. */
  static boolean wantsPage(HttpHeaders headers, UriInfo uri) {
    if (uri != null && (uri.getPath().startsWith("/api/") || uri.getPath().equals("/api"))) {
      return false;
    }
    List<MediaType> accepted = headers == null ? List.of() : headers.getAcceptableMediaTypes();
    return accepted.stream()
        .anyMatch(
            t ->
                "text".equals(t.getType())
                    && "html".equals(t.getSubtype().toLowerCase(Locale.ROOT)));
  }

  private static void copyHeader(
      Response.ResponseBuilder answer, String name, List<Object> values) {
    if (HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)
        || HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)) {
      return;
    }
    values.forEach(value -> answer.header(name, value));
  }

  private static String reasonPhrase(int status) {
    Response.Status known = Response.Status.fromStatusCode(status);
    return known == null ? "Error" : known.getReasonPhrase();
  }
}
