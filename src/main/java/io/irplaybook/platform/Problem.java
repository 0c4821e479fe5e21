package io.irplaybook.platform;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem, the one error body of every feature's API: {@code type}, {@code title},
 * {@code status}, a {@code detail} sentence saying what to fix, and for invalid input one entry per
 * bad field in {@code errors}.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
    String type, String title, int status, String detail, List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /** 422: the request was understood but names something that cannot be used as configured. */
  public static final int UNPROCESSABLE = 422;

  /** A problem without field errors. */
  public static Problem of(int status, String title, String detail) {
    return new Problem("about:blank", title, status, detail, List.of());
  }

  public static Response response(Response.Status status, String title, String detail) {
    return response(status.getStatusCode(), title, detail);
  }

  public static Response response(int status, String title, String detail) {
    return Response.status(status).type(MEDIA_TYPE).entity(of(status, title, detail)).build();
  }

  /** For code that reports the problem by throwing, e.g. from a streaming endpoint. */
  public static WebApplicationException badRequest(String detail) {
    return new WebApplicationException(
        response(Response.Status.BAD_REQUEST, "Bad Request", detail));
  }
}
