package io.irplaybook.engine.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import io.irplaybook.engine.state.EventCodec;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** One HTTP request and its answer: the JSON body read, a JSON or problem-detail reply written. */
final class RestExchange {

  private final HttpExchange exchange;
  private final String path;

  RestExchange(HttpExchange exchange) {
    this.exchange = exchange;
    this.path = exchange.getRequestURI().getPath();
  }

  String method() {
    return exchange.getRequestMethod();
  }

  String path() {
    return path;
  }

  /** The request body as JSON; an empty body reads as {@code null} JSON. */
  JsonNode body() throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      byte[] bytes = in.readAllBytes();
      if (bytes.length == 0) {
        return NullNode.getInstance();
      }
      try {
        return EventCodec.JSON.readTree(bytes);
      } catch (JsonProcessingException e) {
        throw RestProblem.badRequest(
            "Expected a JSON request body, but it could not be read: " + e.getOriginalMessage());
      }
    }
  }

  void json(int status, JsonNode body) throws IOException {
    send(status, "application/json", EventCodec.JSON.writeValueAsBytes(body));
  }

  void noContent() throws IOException {
    exchange.sendResponseHeaders(204, -1);
    exchange.close();
  }

  void problem(RestProblem problem) throws IOException {
    ObjectNode body = EventCodec.JSON.createObjectNode();
    body.put("type", "about:blank");
    body.put("title", problem.title());
    body.put("status", problem.status());
    body.put("detail", problem.getMessage());
    body.put("instance", path);
    send(
        problem.status(),
        "application/problem+json",
        EventCodec.JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8));
  }

  private void send(int status, String contentType, byte[] bytes) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
