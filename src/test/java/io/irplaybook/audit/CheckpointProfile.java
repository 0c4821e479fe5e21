package io.irplaybook.audit;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Checkpoints on, into a directory of this JVM's own (a shared one would hold checkpoints of
 * another run's database), without the schedule: the tests take each checkpoint themselves.
 */
public class CheckpointProfile implements QuarkusTestProfile {

  static final Path DIRECTORY = newDirectory();

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "irp.audit.checkpoint.directory",
        DIRECTORY.toString(),
        "irp.audit.checkpoint.interval",
        "off");
  }

  /**
   * Named by the process id, not by a random temp name: Quarkus loads the profile in the
   * application's class loader as well as the test's, and both must agree on the directory.
   */
  private static Path newDirectory() {
    try {
      return Files.createDirectories(
          Path.of("target", "audit-checkpoints-" + ProcessHandle.current().pid()).toAbsolutePath());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
