package io.irplaybook.web;

import io.irplaybook.incident.Declared;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A CSV row as a declare form: the columns are the form's fields (title, scenario, severity,
 * orgName, employees, industry, jurisdictions, personalData, locale, assets), except that
 * jurisdictions and assets, which hold commas themselves, separate their items with ';'.
 */
final class BatchUpload {

  /** The most rows one upload declares, as for POST /api/incidents/batch. */
  static final int MAX_ROWS = 500;

  /** What became of one row: the incident, or the API's messages for it. */
  public record RowResult(int row, String title, String incidentId, String problems) {
    static RowResult of(int row, String title, Declared declared) {
      return new RowResult(
          row,
          title,
          declared.incidentId(),
          declared.errors().stream()
              .map(e -> e.field() + ": " + e.message())
              .collect(Collectors.joining("; ")));
    }

    public boolean declared() {
      return incidentId != null;
    }
  }

  private BatchUpload() {}

  static DeclareForm form(Map<String, String> row) {
    DeclareForm form = new DeclareForm();
    form.title = row.get("title");
    form.scenario = row.get("scenario");
    form.severity = row.get("severity");
    form.orgName = row.getOrDefault("orgname", row.get("organization"));
    form.employees = row.get("employees");
    form.industry = row.get("industry");
    form.jurisdictions = semicolonsToCommas(row.get("jurisdictions"));
    form.personalData = row.getOrDefault("personaldata", "unknown");
    form.locale = row.get("locale");
    String assets = row.get("assets");
    form.assets = assets == null ? null : String.join("\n", assets.split(";"));
    return form;
  }

  static RowResult tooMany(int row) {
    return new RowResult(
        row, null, null, "Only the first " + MAX_ROWS + " rows are declared; split the file.");
  }

  private static String semicolonsToCommas(String value) {
    return value == null ? null : value.replace(';', ',');
  }
}
