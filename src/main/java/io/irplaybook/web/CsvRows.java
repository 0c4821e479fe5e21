package io.irplaybook.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads CSV as spreadsheets write it (RFC 4180: comma-separated, fields in double quotes may hold
 * commas, line breaks and doubled quotes) into rows keyed by the header row's names (lower-case).
 */
final class CsvRows {

  private CsvRows() {}

  static List<Map<String, String>> parse(String csv) {
    List<List<String>> records = records(csv.startsWith("\uFEFF") ? csv.substring(1) : csv);
    if (records.isEmpty()) {
      return List.of();
    }
    List<String> header =
        records.get(0).stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
    List<Map<String, String>> rows = new ArrayList<>();
    for (List<String> record : records.subList(1, records.size())) {
      if (record.stream().allMatch(String::isBlank)) {
        continue;
      }
      Map<String, String> row = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        row.put(header.get(i), i < record.size() ? record.get(i).strip() : "");
      }
      rows.add(row);
    }
    return rows;
  }

  private static List<List<String>> records(String csv) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < csv.length(); i++) {
      char c = csv.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        record.add(field.toString());
        field.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
          i++;
        }
        record.add(field.toString());
        field.setLength(0);
        records.add(record);
        record = new ArrayList<>();
      } else {
        field.append(c);
      }
    }
    if (field.length() > 0 || !record.isEmpty()) {
      record.add(field.toString());
      records.add(record);
    }
    return records;
  }
}
