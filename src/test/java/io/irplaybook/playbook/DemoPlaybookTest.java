package io.irplaybook.playbook;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.ServiceTask;
import io.camunda.zeebe.model.bpmn.instance.UserTask;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeAssignmentDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskDefinition;
import io.camunda.zeebe.model.bpmn.validation.zeebe.ZeebeDesignTimeValidators;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.camunda.bpm.model.xml.validation.ValidationResult;
import org.junit.jupiter.api.Test;

/** The demo playbook is valid for Zeebe and has the steps it promises. */
class DemoPlaybookTest {

  @Test
  void shouldPassZeebeDesignTimeValidationWithAHumanAndAMachineStep() throws IOException {
    // given
    BpmnModelInstance model;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("bpmn/demo-hello.bpmn")) {
      model = Bpmn.readModelFromStream(in);
    }

    // when
    List<String> problems =
        model.validate(ZeebeDesignTimeValidators.VALIDATORS).getResults().values().stream()
            .flatMap(List::stream)
            .map(ValidationResult::getMessage)
            .toList();

    // then
    assertThat(problems).isEmpty();
    UserTask acknowledge = model.getModelElementById("Task_acknowledge");
    assertThat(acknowledge.getName()).isEqualTo("Acknowledge the demo");
    assertThat(acknowledge.getSingleExtensionElement(ZeebeAssignmentDefinition.class).getCandidateGroups()).isEqualTo("responders");
    ServiceTask log = model.getModelElementById("Task_log");
    assertThat(log.getSingleExtensionElement(ZeebeTaskDefinition.class).getType()).isEqualTo("demo.log");
  }
}
