package io.irplaybook.audit.verify;

import io.irplaybook.audit.service.CheckpointDirectory;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;

/**
 * {@code audit-verify --public-key <base64 or file> [--checkpoint <file or directory>]
 * <export.jsonl>}: the offline verifier of the packaged application. Runs without Quarkus, a
 * database or the engine (see {@code io.irplaybook.Application}). With a checkpoint (a directory
 * means its latest valid checkpoint), a full export must still hold the checkpoint's record
 * unchanged. Exit codes: 0 valid, 1 a record is broken (its seq is printed), 2 the manifest is
 * missing or its signature fails, 3 the export ends before the checkpoint's record (truncated), 4
 * that record has another hash (rewritten), 5 the checkpoint is unreadable or its signature fails,
 * 64 wrong usage.
 */
public final class AuditVerifyCommand {

  public static final String NAME = "audit-verify";
  static final int USAGE = 64;

  private AuditVerifyCommand() {}

  /** {@code args} without the leading command name. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    String publicKey = null;
    String checkpoint = null;
    String file = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--public-key") && i + 1 < args.length) {
        publicKey = args[++i];
      } else if (args[i].startsWith("--public-key=")) {
        publicKey = args[i].substring("--public-key=".length());
      } else if (args[i].equals("--checkpoint") && i + 1 < args.length) {
        checkpoint = args[++i];
      } else if (args[i].startsWith("--checkpoint=")) {
        checkpoint = args[i].substring("--checkpoint=".length());
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
      var key = Ed25519Keys.publicKey(publicKey);
      Checkpoint anchor = null;
      if (checkpoint != null) {
        try {
          anchor = readCheckpoint(Path.of(checkpoint), key);
        } catch (Checkpoint.InvalidCheckpoint e) {
          err.println(e.getMessage());
          return ExportVerification.Status.BAD_CHECKPOINT.exitCode;
        }
      }
      var result = new ExportVerifier().verify(Path.of(file), key, anchor);
      (result.status() == ExportVerification.Status.VALID ? out : err).println(result.message());
      return result.status().exitCode;
    } catch (Exception e) {
      return usage(err, e.getMessage());
    }
  }

  private static Checkpoint readCheckpoint(Path path, PublicKey key)
      throws Checkpoint.InvalidCheckpoint, IOException {
    if (!Files.isDirectory(path)) {
      return Checkpoint.read(path, key);
    }
    return new CheckpointDirectory(path)
        .latest(key)
        .orElseThrow(
            () ->
                new Checkpoint.InvalidCheckpoint(
                    "Expected a checkpoint signed with the given key in "
                        + path
                        + ", but found none"));
  }

  private static int usage(PrintStream err, String problem) {
    err.println("audit-verify: " + problem);
    err.println(
        "usage: java -jar quarkus-run.jar audit-verify --public-key <base64 X.509 key | key file>"
            + " [--checkpoint <checkpoint file | directory>] <export.jsonl>");
    return USAGE;
  }
}
