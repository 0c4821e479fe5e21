package io.irplaybook.platform;

/**
 * One bad field of a request and what is expected instead.
 *
 * @param field the JSON path of the field, e.g. {@code organization.employees} or {@code
 *     assets[2].name}
 * @param message what to send instead
 */
public record FieldError(String field, String message) {}
