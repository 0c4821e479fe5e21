package io.irplaybook.security.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The file that holds a generated bootstrap password: created readable and writable by the
 * service's own user only (0600) before the password is in it, then moved into place atomically.
 */
final class AdminPasswordFile {

  private AdminPasswordFile() {}

  static void write(Path file, String password) {
    Path target = file.toAbsolutePath();
    try {
      Files.createDirectories(target.getParent());
      Path temporary = ownerOnly(target.getParent());
      Files.writeString(temporary, password + "\n", StandardCharsets.UTF_8);
      Files.move(
          temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Expected to write the generated admin password to "
              + target
              + ", but could not; set irp.security.admin-password-file to a writable path or set"
              + " IRP_ADMIN_PASSWORD",
          e);
    }
  }

  /** Deletes the file when it still holds this password (another replica created admin first). */
  static void deleteIfWrittenBy(Path file, String password) {
    if (password == null) {
      return;
    }
    try {
      if (Files.isRegularFile(file) && Files.readString(file).strip().equals(password)) {
        Files.delete(file);
      }
    } catch (IOException e) {
      // Left in place: it holds a password that does not work, which harms nobody.
    }
  }

  private static Path ownerOnly(Path directory) throws IOException {
    try {
      FileAttribute<?> rw =
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
      return Files.createTempFile(directory, ".admin-password", ".tmp", rw);
    } catch (UnsupportedOperationException e) {
      // Not a POSIX file system (Windows): the directory's access rules apply.
      return Files.createTempFile(directory, ".admin-password", ".tmp");
    }
  }
}
