package io.irplaybook;

import io.irplaybook.audit.verify.AuditVerifyCommand;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.util.Arrays;

/**
 * The entry point of the packaged application. {@code audit-verify ...} runs the offline audit
 * verifier and exits without booting Quarkus (no database, no engine, no ports), so an auditor can
 * run it anywhere; anything else starts the service.
 */
@QuarkusMain
public class Application {

  public static void main(String... args) {
    if (args.length > 0 && args[0].equals(AuditVerifyCommand.NAME)) {
      System.exit(
          AuditVerifyCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
    }
    Quarkus.run(args);
  }
}
