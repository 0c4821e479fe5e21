package io.irplaybook.audit.service;

import java.io.IOException;
import java.io.Writer;

/**
 * RFC 4180 CSV with a header row; {@code details} is its canonical JSON. The signed manifest is a
 * trailer line starting with {@code #} ({@code #{"manifest":{...}}}), which CSV readers skip as a
 * comment (pandas {@code comment='#'}); a record line never starts with {@code #}, its seq comes
 * first.
 *
 * <p>A text cell that starts with {@code = + - @}, a tab or a carriage return gets a leading {@code
 * '} (OWASP, "CSV Injection"), so a spreadsheet shows a failed sign-in as {@code '=1+1} instead of
 * running it as a formula. This is presentation only: the hash chain, the manifest (which covers
 * the hashes) and the JSONL and OCSF exports keep the value as it was recorded.
 */
public final class CsvFormat implements ExportFormat {

  static final String HEADER =
      "seq,time,actor,sourceIp,action,objectType,objectId,result,incidentId,"
          + "processInstanceKey,jobKey,details,prevHash,hash\r\n";

  private final StringBuilder line = new StringBuilder(1024);

  @Override
  public String name() {
    return "csv";
  }

  @Override
  public String mediaType() {
    return "text/csv";
  }

  @Override
  public String fileExtension() {
    return "csv";
  }

  @Override
  public void header(Writer out) throws IOException {
    out.write(HEADER);
  }

  @Override
  public void record(ChainedRecord r, Writer out) throws IOException {
    line.setLength(0);
    line.append(r.seq()).append(',').append(r.timeText()).append(',');
    field(r.actor());
    field(r.sourceIp());
    field(r.action());
    field(r.objectType());
    field(r.objectId());
    field(r.result());
    field(r.incidentId());
    line.append(r.processInstanceKey() == null ? "" : r.processInstanceKey()).append(',');
    line.append(r.jobKey() == null ? "" : r.jobKey()).append(',');
    field(r.details());
    line.append(r.prevHash()).append(',').append(r.hash()).append("\r\n");
    out.append(line);
  }

  @Override
  public void manifest(String manifestLine, Writer out) throws IOException {
    out.write('#');
    out.write(manifestLine);
    out.write("\r\n");
  }

  private void field(String text) {
    if (text != null) {
      String value = startsFormula(text) ? "'" + text : text;
      boolean quote =
          value.indexOf(',') >= 0
              || value.indexOf('"') >= 0
              || value.indexOf('\n') >= 0
              || value.indexOf('\r') >= 0
              || value.startsWith("#");
      if (quote) {
        line.append('"').append(value.replace("\"", "\"\"")).append('"');
      } else {
        line.append(value);
      }
    }
    line.append(',');
  }

  private static boolean startsFormula(String value) {
    if (value.isEmpty()) {
      return false;
    }
    char first = value.charAt(0);
    return first == '='
        || first == '+'
        || first == '-'
        || first == '@'
        || first == '\t'
        || first == '\r';
  }
}
