package io.irplaybook.engine.conformance;

import static io.irplaybook.engine.testing.Rejections.assertRejected;
import static io.irplaybook.engine.testing.Rejections.description;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.command.ClientStatusException;
import io.grpc.Status;
import io.irplaybook.engine.testing.EngineHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** RPCs outside the engine's core answer UNIMPLEMENTED and say which RPC that was. */
class UnimplementedRpcTest {

  @RegisterExtension final EngineHarness engine = new EngineHarness();

  @Test
  void shouldAnswerUnimplementedForModifyProcessInstance() {
    // when
    ClientStatusException rejection =
        assertRejected(
            Status.Code.UNIMPLEMENTED,
            () ->
                engine
                    .client()
                    .newModifyProcessInstanceCommand(2251799813686000L)
                    .activateElement("do-work")
                    .send()
                    .join());

    // then
    assertThat(description(rejection)).containsIgnoringCase("ModifyProcessInstance");
  }

  @Test
  void shouldAnswerUnimplementedForJobStreamingSoWorkersPoll() {
    // when
    ClientStatusException rejection =
        assertRejected(
            Status.Code.UNIMPLEMENTED,
            () ->
                engine
                    .client()
                    .newStreamJobsCommand()
                    .jobType(EngineHarness.newJobType())
                    .consumer(job -> {})
                    .timeout(EngineHarness.JOB_TIMEOUT)
                    .send()
                    .join());

    // then
    assertThat(description(rejection)).containsIgnoringCase("StreamActivatedJobs");
  }

  @Test
  void shouldAnswerUnimplementedForDeleteResource() {
    // when
    ClientStatusException rejection =
        assertRejected(
            Status.Code.UNIMPLEMENTED,
            () -> engine.client().newDeleteResourceCommand(2251799813686100L).send().join());

    // then
    assertThat(description(rejection)).containsIgnoringCase("DeleteResource");
  }
}
