package io.irplaybook.incident;

import io.irplaybook.platform.FieldError;
import java.util.List;

/**
 * What became of a declaration made through a page: the incident's id, or the bad fields (the same
 * ones and messages as POST /api/incidents answers with 422).
 */
public record Declared(String incidentId, List<FieldError> errors) {

  public boolean accepted() {
    return incidentId != null;
  }
}
