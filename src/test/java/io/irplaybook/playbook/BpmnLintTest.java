package io.irplaybook.playbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The playbooks pass bpmnlint (recommended rules) and camunda-compat for Camunda 8.8 without an
 * error or a warning, as the Modeler would show them. Needs node and the packages of
 * src/test/bpmnlint; skips itself, saying how to install them, where they are missing.
 */
class BpmnLintTest {

  private static final Path LINT = Path.of("src", "test", "bpmnlint");
  private static final Pattern SUMMARY =
      Pattern.compile("(\\d+) problems? \\((\\d+) errors?, (\\d+) warnings?\\)");

  @Test
  void shouldReportNoBpmnlintErrorOnAnyPlaybook() throws Exception {
    // given
    requireOrSkip(
        onPath("node") && onPath("npx"),
        "node is not on PATH: install Node.js 20+, then run `npm ci --prefix src/test/bpmnlint`");
    requireOrSkip(
        Files.isDirectory(LINT.resolve("node_modules/bpmnlint")),
        "bpmnlint is not installed: run `npm ci --prefix src/test/bpmnlint`");
    List<String> command = new ArrayList<>(List.of("npx", "--no-install", "bpmnlint"));
    command.add("--config");
    command.add(Path.of("..", "..", "..", "bpmn", ".bpmnlintrc").toString());
    for (String file : PlaybookDirectory.bpmnFileNames()) {
      command.add(Path.of("..", "..", "..", "bpmn", file).toString());
    }

    // when
    Process lint =
        new ProcessBuilder(command).directory(LINT.toFile()).redirectErrorStream(true).start();
    String output = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(lint.waitFor(2, TimeUnit.MINUTES)).as("bpmnlint finished").isTrue();

    // then
    Matcher summary = SUMMARY.matcher(output);
    int errors = 0;
    int warnings = 0;
    if (summary.find()) {
      errors = Integer.parseInt(summary.group(2));
      warnings = Integer.parseInt(summary.group(3));
    }
    System.out.printf("bpmnlint: %d errors, %d warnings%n", errors, warnings);
    assertThat(errors).as("bpmnlint errors:%n%s", output).isZero();
    // Issue 18: every human step is a Camunda user task, so camunda-compat 8.8 has nothing to say
    // about user-task implementations (the job-worker form drew one warning per step).
    assertThat(output).as("user-task implementation warnings").doesNotContain("<zeebe:UserTask>");
    assertThat(warnings).as("bpmnlint warnings:%n%s", output).isZero();
    assertThat(lint.exitValue()).as("bpmnlint exit code:%n%s", output).isZero();
  }

  /**
   * Skips where the tool is missing (a developer's machine with only Java 17), but fails where
   * IRP_REQUIRE_BPMNLINT=true (.ci/run installs node and the packages, so a skip there would hide
   * that the lint never ran).
   */
  private static void requireOrSkip(boolean available, String reason) {
    if (available) {
      return;
    }
    if ("true".equals(System.getenv("IRP_REQUIRE_BPMNLINT"))) {
      fail("IRP_REQUIRE_BPMNLINT=true, but " + reason);
    }
    Assumptions.abort(reason);
  }

  private static boolean onPath(String program) throws IOException {
    String path = System.getenv().getOrDefault("PATH", "");
    for (String dir : path.split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, program))) {
        return true;
      }
    }
    return false;
  }
}
