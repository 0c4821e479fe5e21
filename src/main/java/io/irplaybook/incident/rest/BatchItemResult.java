package io.irplaybook.incident.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import io.irplaybook.platform.Problem;

/**
 * The result of one item of a batch: the status it would have had alone (201, 202, 400, 409, 422),
 * with the incident or the problem.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BatchItemResult(
    int index, int status, @JsonRawValue String incident, Problem problem) {}
