package io.irplaybook.incident.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.irplaybook.incident.service.FieldError;
import java.util.List;

/**
 * An RFC 9457 problem: {@code type}, {@code title}, {@code status}, a {@code detail} sentence saying
 * what to fix, and for invalid input one entry per bad field in {@code errors}.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";
}
