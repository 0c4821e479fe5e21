package io.irplaybook.engine.conformance;

import static io.irplaybook.engine.testing.EngineHarness.variables;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ProcessInstanceResult;
import io.irplaybook.engine.testing.EngineHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** None start event and none end event. */
class NoneStartAndEndEventTest {

  @RegisterExtension final EngineHarness engine = new EngineHarness();

  @Test
  void shouldCompleteAnInstanceThatRunsStraightFromStartToEnd() {
    // given
    engine.deployProcess("none-start-and-end-event.bpmn");

    // when
    ProcessInstanceResult result =
        engine
            .createInstanceAwaitingResult(
                "none-start-and-end-event", variables("alertId", "ALERT-5"))
            .join();

    // then
    assertThat(result.getBpmnProcessId()).isEqualTo("none-start-and-end-event");
    assertThat(result.getVariablesAsMap()).containsOnlyKeys("alertId");
  }
}
