package io.irplaybook.security.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A generated bootstrap password goes to a file only its owner can read, never to the log. */
class AdminPasswordFileTest {

  @TempDir Path directory;

  @Test
  void shouldWriteThePasswordToAFileOnlyItsOwnerCanReadOrWrite() throws Exception {
    // given
    Path file = directory.resolve("nested/admin-password.txt");

    // when
    AdminPasswordFile.write(file, "generated-secret");

    // then
    assertThat(Files.readString(file)).isEqualTo("generated-secret\n");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThat(directory.resolve("nested")).isDirectoryNotContaining("glob:**.tmp");
  }

  @Test
  void shouldDeleteTheFileOnlyWhenItStillHoldsThisStartsPassword() throws Exception {
    // given
    Path file = directory.resolve("admin-password.txt");
    AdminPasswordFile.write(file, "from-the-other-replica");

    // when
    AdminPasswordFile.deleteIfWrittenBy(file, "mine");

    // then
    assertThat(file).exists();
    AdminPasswordFile.deleteIfWrittenBy(file, "from-the-other-replica");
    assertThat(file).doesNotExist();
  }
}
