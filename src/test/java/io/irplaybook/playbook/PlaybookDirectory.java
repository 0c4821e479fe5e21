package io.irplaybook.playbook;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real playbook files, read from the top-level {@code bpmn/} of the checkout (Maven runs tests
 * there), not from the classpath, where engine fixtures of the same name could shadow them.
 */
final class PlaybookDirectory {

  static final Path DIRECTORY = Path.of("bpmn");

  private PlaybookDirectory() {}

  static List<String> allFileNames() {
    try (Stream<Path> files = Files.list(DIRECTORY)) {
      return files
          .map(file -> file.getFileName().toString())
          .filter(name -> name.endsWith(".bpmn") || name.endsWith(".dmn"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not list " + DIRECTORY.toAbsolutePath(), e);
    }
  }

  static List<String> bpmnFileNames() {
    return allFileNames().stream().filter(name -> name.endsWith(".bpmn")).toList();
  }

  static BpmnModelInstance read(String fileName) {
    return Bpmn.readModelFromFile(DIRECTORY.resolve(fileName).toFile());
  }

  static byte[] bytes(String fileName) {
    try {
      return Files.readAllBytes(DIRECTORY.resolve(fileName));
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Could not read " + DIRECTORY.resolve(fileName).toAbsolutePath(), e);
    }
  }
}
