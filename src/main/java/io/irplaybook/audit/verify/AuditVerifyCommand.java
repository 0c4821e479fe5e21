package io.irplaybook.audit.verify;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code audit-verify --public-key <base64 or file> <export.jsonl>}: the offline verifier of the
 * packaged application. Runs without Quarkus, a database or the engine (see {@code
 * io.irplaybook.Application}). Exit codes: 0 valid, 1 a record is broken (its seq is printed), 2
 * the manifest is missing or its signature fails, 64 wrong usage.
 */
public final class AuditVerifyCommand {

  public static final String NAME = "audit-verify";
  static final int USAGE = 64;

  private AuditVerifyCommand() {}

  /** {@code args} without the leading command name. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    String publicKey = null;
    String file = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--public-key") && i + 1 < args.length) {
        publicKey = args[++i];
      } else if (args[i].startsWith("--public-key=")) {
        publicKey = args[i].substring("--public-key=".length());
      } else if (file == null && !args[i].startsWith("--")) {
        file = args[i];
      } else {
        return usage(err, "unexpected argument " + args[i]);
      }
    }
    if (publicKey == null || file == null) {
      return usage(
          err, publicKey == null ? "--public-key is missing" : "the export file is missing");
    }
    if (!Files.isRegularFile(Path.of(file))) {
      return usage(err, "no such file: " + file);
    }
    try {
      var result = new ExportVerifier().verify(Path.of(file), Ed25519Keys.publicKey(publicKey));
      (result.status() == ExportVerification.Status.VALID ? out : err).println(result.message());
      return result.status().exitCode;
    } catch (Exception e) {
      return usage(err, e.getMessage());
    }
  }

  private static int usage(PrintStream err, String problem) {
    err.println("audit-verify: " + problem);
    err.println(
        "usage: java -jar quarkus-run.jar audit-verify --public-key <base64 X.509 key | key file> <export.jsonl>");
    return USAGE;
  }
}
