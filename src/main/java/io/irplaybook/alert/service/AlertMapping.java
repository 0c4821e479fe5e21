package io.irplaybook.alert.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.irplaybook.platform.FieldError;
import java.util.List;

/** Reads one SIEM's payload shape. One implementation per {@code format}. */
interface AlertMapping {

  /**
   * The alert, or null after adding to {@code errors} what the payload lacks (each naming the field
   * by its path in the payload).
   */
  MappedAlert map(JsonNode body, List<FieldError> errors);
}
