package io.irplaybook.audit.service;

import io.irplaybook.audit.verify.Checkpoint;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.PublicKey;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * The directory of checkpoint files: one file per checkpoint, named by the seq it anchors so names
 * sort in chain order, created new (never overwritten, never renamed, so write-once storage accepts
 * it) and fsynced together with the directory before it counts as written.
 */
public final class CheckpointDirectory {

  private static final Logger LOG = Logger.getLogger(CheckpointDirectory.class);
  private static final Pattern NAME = Pattern.compile("audit-checkpoint-(\\d{19})\\.json");

  private final Path directory;

  public CheckpointDirectory(Path directory) {
    this.directory = directory;
  }

  public Path path() {
    return directory;
  }

  static String fileName(long seq) {
    return String.format("audit-checkpoint-%019d.json", seq);
  }

  /**
   * Writes the checkpoint of {@code seq}; false when a file for that seq exists already (another
   * replica anchored the same head first).
   */
  public boolean write(long seq, String document) throws IOException {
    Files.createDirectories(directory);
    Path file = directory.resolve(fileName(seq));
    try (var channel =
        FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      var bytes = ByteBuffer.wrap((document + "\n").getBytes(StandardCharsets.UTF_8));
      while (bytes.hasRemaining()) {
        channel.write(bytes);
      }
      channel.force(true);
    } catch (FileAlreadyExistsException e) {
      return false;
    }
    syncDirectory();
    return true;
  }

  /**
   * The checkpoint with the highest seq whose signature verifies with {@code key}; files that do
   * not (torn by a crash, or not ours) are skipped with a warning.
   */
  public Optional<Checkpoint> latest(PublicKey key) throws IOException {
    if (!Files.isDirectory(directory)) {
      return Optional.empty();
    }
    List<Path> files;
    try (Stream<Path> listing = Files.list(directory)) {
      files =
          listing
              .filter(p -> NAME.matcher(p.getFileName().toString()).matches())
              .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed())
              .toList();
    }
    for (Path file : files) {
      try {
        return Optional.of(Checkpoint.read(file, key));
      } catch (Checkpoint.InvalidCheckpoint e) {
        LOG.warnf("Audit checkpoint skipped: %s", e.getMessage());
      }
    }
    return Optional.empty();
  }

  private void syncDirectory() {
    // Makes the new directory entry durable (Linux); other systems cannot open a directory.
    try (var channel = FileChannel.open(directory, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      LOG.debugf("Could not fsync directory %s: %s", directory, e.getMessage());
    }
  }
}
