package io.irplaybook.web;

import io.irplaybook.platform.FieldError;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The API's field errors by form field, so each shows next to its field ({@code organization.name}
 * is the form's {@code orgName}); errors of fields the form lacks show above it.
 */
public record FieldErrors(List<FieldError> all) {

  static FieldErrors none() {
    return new FieldErrors(List.of());
  }

  public boolean isEmpty() {
    return all.isEmpty();
  }

  /** The messages for one form field, joined; empty when it is fine. */
  public String of(String formField) {
    return all.stream()
        .filter(e -> formField.equals(formFieldOf(e.field())))
        .map(FieldError::message)
        .collect(Collectors.joining(" "));
  }

  /** Errors that have no field of their own on the form. */
  public List<FieldError> others() {
    return all.stream().filter(e -> formFieldOf(e.field()) == null).toList();
  }

  static String formFieldOf(String apiField) {
    if (apiField == null) {
      return null;
    }
    if (apiField.startsWith("assets")) {
      return "assets";
    }
    return switch (apiField) {
      case "title", "scenario", "severity" -> apiField;
      case "organization", "organization.name" -> "orgName";
      case "organization.employees" -> "employees";
      case "organization.industry" -> "industry";
      case "organization.jurisdictions" -> "jurisdictions";
      case "organization.personalData" -> "personalData";
      case "organization.locale" -> "locale";
      default -> null;
    };
  }
}
