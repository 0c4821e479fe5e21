package io.irplaybook.engine.state;

import static org.assertj.core.api.Assertions.assertThat;

import io.irplaybook.engine.bpmn.BpmnElements;
import io.irplaybook.engine.dmn.CompiledDecisions;
import io.irplaybook.engine.dmn.DmnCompiler;
import io.irplaybook.engine.expression.ExpressionLanguage;
import io.irplaybook.engine.model.CompileResult;
import io.irplaybook.engine.model.CompiledProcesses;
import io.irplaybook.engine.model.ExecutableProcess;
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

  private final CompiledProcesses compiled =
      new CompiledProcesses(BpmnElements.processCompiler(new ExpressionLanguage()));
  private final ProcessingState state =
      new ProcessingState(compiled, new CompiledDecisions(new DmnCompiler()));

  @Test
  void shouldKeepTheCompileResultOfAReplayedDeploymentUnderItsChecksum() throws IOException {
    // given nothing deployed yet
    assertThat(compiled.compiled("checksum-of-one-service-task")).isEmpty();

    // when a deployment event is applied, as the replay after a restart applies it
    state
        .processes()
        .put(
            1L,
            "one-service-task",
            1,
            "one-service-task.bpmn",
            "checksum-of-one-service-task",
            fixture("one-service-task.bpmn"));

    // then its compile result is there for the next deployment of that content
    CompileResult result = compiled.compiled("checksum-of-one-service-task").orElseThrow();
    assertThat(result.problems()).isEmpty();
    assertThat(result.processes())
        .extracting(ExecutableProcess::bpmnProcessId)
        .containsExactly("one-service-task");
    assertThat(compiled.compiled("checksum-of-other-content")).isEmpty();
  }

  @Test
  void shouldKeepTheCompileResultsAcrossTheClearOfARecovery() throws IOException {
    // given
    state
        .processes()
        .put(
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
    assertThat(state.processes().latest("one-service-task")).isNull();
    assertThat(compiled.compiled("checksum-of-one-service-task")).isPresent();
  }

  private static String fixture(String name) throws IOException {
    try (InputStream in =
        CompiledByChecksumTest.class.getClassLoader().getResourceAsStream("bpmn/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
