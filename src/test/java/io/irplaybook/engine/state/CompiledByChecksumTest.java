package io.irplaybook.engine.state;

import static org.assertj.core.api.Assertions.assertThat;

import io.irplaybook.engine.expression.ExpressionLanguage;
import io.irplaybook.engine.model.CompileResult;
import io.irplaybook.engine.model.ExecutableProcess;
import io.irplaybook.engine.model.ProcessCompiler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A process replayed from the event log leaves its compile result behind, so deploying the same
 * content again right after a restart (as the playbook deployer does) does not compile it a second
 * time.
 */
class CompiledByChecksumTest {

  private final MutableState state =
      new MutableState(new ProcessCompiler(new ExpressionLanguage()));

  @Test
  void shouldKeepTheCompileResultOfAReplayedDeploymentUnderItsChecksum() throws IOException {
    // given nothing deployed yet
    assertThat(state.compiled("checksum-of-one-service-task")).isEmpty();

    // when a deployment event is applied, as the replay after a restart applies it
    state.putProcess(
        1L,
        "one-service-task",
        1,
        "one-service-task.bpmn",
        "checksum-of-one-service-task",
        fixture("one-service-task.bpmn"));

    // then its compile result is there for the next deployment of that content
    CompileResult compiled = state.compiled("checksum-of-one-service-task").orElseThrow();
    assertThat(compiled.problems()).isEmpty();
    assertThat(compiled.processes())
        .extracting(ExecutableProcess::bpmnProcessId)
        .containsExactly("one-service-task");
    assertThat(state.compiled("checksum-of-other-content")).isEmpty();
  }

  @Test
  void shouldKeepTheCompileResultsAcrossTheClearOfARecovery() throws IOException {
    // given
    state.putProcess(
        1L,
        "one-service-task",
        1,
        "one-service-task.bpmn",
        "checksum-of-one-service-task",
        fixture("one-service-task.bpmn"));

    // when
    state.clear();

    // then the state is empty but what was compiled stays (the checksum names the content, not the
    // state)
    assertThat(state.latestProcess("one-service-task")).isNull();
    assertThat(state.compiled("checksum-of-one-service-task")).isPresent();
  }

  private static String fixture(String name) throws IOException {
    try (InputStream in =
        CompiledByChecksumTest.class.getClassLoader().getResourceAsStream("bpmn/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
