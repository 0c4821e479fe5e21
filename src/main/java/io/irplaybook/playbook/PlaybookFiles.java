package io.irplaybook.playbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads the playbook files to deploy, from the packaged {@code bpmn/} or from a directory. */
final class PlaybookFiles {

  /** Classpath directory the build copies the top-level {@code bpmn/} into. */
  static final String PACKAGED_DIRECTORY = "bpmn/";

  /** Written by the build (maven-antrun-plugin in pom.xml): one packaged file name per line. */
  static final String INDEX = PACKAGED_DIRECTORY + "index.txt";

  private PlaybookFiles() {}

  /** The packaged playbooks named by the build-time index, in index order. */
  static List<PlaybookResource> packaged(ClassLoader classLoader) {
    List<PlaybookResource> resources = new ArrayList<>();
    for (String name : indexedNames(classLoader)) {
      resources.add(
          new PlaybookResource(name, readClasspath(classLoader, PACKAGED_DIRECTORY + name)));
    }
    return resources;
  }

  /** The {@code .bpmn} and {@code .dmn} files directly inside {@code directory}, sorted by name. */
  static List<PlaybookResource> inDirectory(Path directory) {
    if (!Files.isDirectory(directory)) {
      throw new IllegalStateException(
          "Expected irp.playbooks.directory to name an existing directory, but '"
              + directory.toAbsolutePath()
              + "' does not exist or is not a directory");
    }
    try (Stream<Path> files = Files.list(directory)) {
      return files
          .filter(Files::isRegularFile)
          .filter(file -> isPlaybook(file.getFileName().toString()))
          .sorted()
          .map(file -> new PlaybookResource(file.getFileName().toString(), readFile(file)))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Could not list the playbooks in " + directory.toAbsolutePath(), e);
    }
  }

  static boolean isPlaybook(String fileName) {
    return fileName.endsWith(".bpmn") || fileName.endsWith(".dmn");
  }

  private static List<String> indexedNames(ClassLoader classLoader) {
    String index = new String(readClasspath(classLoader, INDEX), StandardCharsets.UTF_8);
    return index.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
  }

  private static byte[] readClasspath(ClassLoader classLoader, String path) {
    try (InputStream in = classLoader.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException(
            "Expected the classpath resource "
                + path
                + " (packaged from the top-level bpmn/ by the build), but it is missing; rebuild the service");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the classpath resource " + path, e);
    }
  }

  private static byte[] readFile(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the playbook " + file.toAbsolutePath(), e);
    }
  }
}
