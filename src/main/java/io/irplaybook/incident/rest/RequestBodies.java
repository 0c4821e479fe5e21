package io.irplaybook.incident.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.irplaybook.incident.config.IncidentConfig;
import io.irplaybook.platform.FieldError;
import io.irplaybook.platform.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.util.List;

/**
 * Checks a JSON request body before anything is stored: content type (415), size (413) and syntax
 * (400), each as a problem. The resources take the raw bytes so that these checks, and the
 * idempotency hash, see exactly what the client sent.
 */
@ApplicationScoped
public class RequestBodies {

  private final ObjectMapper json;
  private final IncidentConfig config;

  RequestBodies(ObjectMapper json, IncidentConfig config) {
    this.json = json;
    this.config = config;
  }

  private static boolean isJson(String contentType) {
    try {
      return contentType != null
          && MediaType.valueOf(contentType).isCompatible(MediaType.APPLICATION_JSON_TYPE);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  public JsonNode parse(String contentType, byte[] body) {
    if (!isJson(contentType)) {
      throw new ProblemException(
          415,
          "Unsupported content type",
          "Expected Content-Type: application/json, but got "
              + (contentType == null ? "none" : "'" + contentType + "'")
              + ".");
    }
    if (body == null || body.length == 0) {
      throw new ProblemException(
          400, "Empty request body", "Expected a JSON object in the request body.");
    }
    if (body.length > config.maxBodyBytes()) {
      throw new ProblemException(
          413,
          "Request body too large",
          "The body has "
              + body.length
              + " bytes; send at most "
              + config.maxBodyBytes()
              + " bytes (for many organisations, split them over several batch requests).");
    }
    try {
      return json.readTree(body);
    } catch (JsonProcessingException e) {
      throw new ProblemException(
          400,
          "Malformed JSON",
          "The body is not valid JSON: " + e.getOriginalMessage(),
          List.of(new FieldError("", "Expected a JSON object")));
    } catch (IOException e) {
      throw new ProblemException(
          400,
          "Malformed JSON",
          "The body could not be read as JSON.",
          List.of(new FieldError("", "Expected a JSON object")));
    }
  }
}
