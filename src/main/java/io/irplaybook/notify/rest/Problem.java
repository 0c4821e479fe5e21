package io.irplaybook.notify.rest;

import jakarta.ws.rs.core.Response;

/**
 * An RFC 9457 problem detail: what went wrong and, in {@code detail}, a sentence saying what to fix.
 */
public record Problem(String type, String title, int status, String detail) {

  /** 422: the request was understood but names something that cannot be used as configured. */
  public static final int UNPROCESSABLE = 422;

  public static Response response(Response.Status status, String title, String detail) {
    return response(status.getStatusCode(), title, detail);
  }

  public static Response response(int status, String title, String detail) {
    return Response.status(status)
        .type("application/problem+json")
        .entity(new Problem("about:blank", title, status, detail))
        .build();
  }
}
