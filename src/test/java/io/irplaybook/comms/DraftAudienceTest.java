package io.irplaybook.comms;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.ServiceTask;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeHeader;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeInput;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeIoMapping;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskHeaders;
import io.irplaybook.notify.ChannelClass;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The review page tells an approver where a draft will go from {@link DraftAudience}; this holds
 * that table to the playbooks: every send step's {@code channel-class} is the class the table gives
 * each template its drafts come from.
 */
class DraftAudienceTest {

  private static final String DEFAULT_RESULT = "commsDrafts";

  @Test
  void shouldGiveEachTemplateTheClassOfTheStepThatSendsIt() throws IOException {
    List<String> checked = new ArrayList<>();
    for (BpmnModelInstance model : playbooks()) {
      Map<String, List<String>> templatesByResult = new HashMap<>();
      for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
        Map<String, String> headers = headers(task);
        if (headers.containsKey("templates")) {
          templatesByResult
              .computeIfAbsent(
                  headers.getOrDefault("resultVariable", DEFAULT_RESULT), k -> new ArrayList<>())
              .addAll(List.of(headers.get("templates").split(",")));
        }
      }
      for (ServiceTask send : model.getModelElementsByType(ServiceTask.class)) {
        String channelClass = headers(send).get("channel-class");
        if (channelClass == null) {
          continue;
        }
        String drafts = draftsVariable(send);
        for (String template : templatesByResult.getOrDefault(drafts, List.of())) {
          assertThat(DraftAudience.of(template.strip()))
              .as("the class of " + template + ", sent by " + send.getId())
              .contains(ChannelClass.parse(channelClass));
          checked.add(template.strip());
        }
      }
    }
    assertThat(checked)
        .as("templates sent by a playbook step")
        .contains(
            "customer-notice",
            "peer-coordination",
            "staff-reset",
            "executive-brief",
            "slack-status");
  }

  @Test
  void shouldSendNoRegulatorFilingThroughAChannel() {
    assertThat(DraftAudience.of("regulator-notice")).isEmpty();
    assertThat(DraftAudience.of("individual-notice")).isEmpty();
    assertThat(DraftAudience.of(null)).isEqualTo(Optional.empty());
  }

  private static String draftsVariable(ServiceTask send) {
    ZeebeIoMapping io = send.getSingleExtensionElement(ZeebeIoMapping.class);
    if (io != null) {
      for (ZeebeInput input : io.getInputs()) {
        if (DEFAULT_RESULT.equals(input.getTarget())) {
          return input.getSource().replaceFirst("^=", "").strip();
        }
      }
    }
    return DEFAULT_RESULT;
  }

  private static Map<String, String> headers(ServiceTask task) {
    Map<String, String> headers = new HashMap<>();
    ZeebeTaskHeaders found = task.getSingleExtensionElement(ZeebeTaskHeaders.class);
    if (found != null) {
      for (ZeebeHeader header : found.getHeaders()) {
        headers.put(header.getKey(), header.getValue());
      }
    }
    return headers;
  }

  private static List<BpmnModelInstance> playbooks() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
      return files
          .filter(f -> f.toString().endsWith(".bpmn"))
          .sorted()
          .map(f -> Bpmn.readModelFromFile(f.toFile()))
          .toList();
    }
  }
}
