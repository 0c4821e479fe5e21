package io.irplaybook.playbook;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.BaseElement;
import io.camunda.zeebe.model.bpmn.instance.BoundaryEvent;
import io.camunda.zeebe.model.bpmn.instance.CallActivity;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.SequenceFlow;
import io.camunda.zeebe.model.bpmn.instance.ServiceTask;
import io.camunda.zeebe.model.bpmn.instance.UserTask;
import io.camunda.zeebe.model.bpmn.instance.bpmndi.BpmnEdge;
import io.camunda.zeebe.model.bpmn.instance.bpmndi.BpmnShape;
import io.camunda.zeebe.model.bpmn.instance.dc.Bounds;
import io.camunda.zeebe.model.bpmn.instance.di.Waypoint;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeAssignmentDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeCalledElement;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeHeader;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeLoopCharacteristics;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskHeaders;
import io.camunda.zeebe.model.bpmn.validation.zeebe.ZeebeDesignTimeValidators;
import io.irplaybook.platform.Roles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.model.xml.validation.ValidationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The files in the top-level bpmn/ are valid for Camunda 8, readable in the Modeler and speak the
 * contracts.
 */
class PlaybookDiagramTest {

  /**
   * Service task types some feature implements (docs/contracts.md); any other type would stall in
   * production.
   */
  private static final Set<String> IMPLEMENTED_TYPES =
      Set.of("comms.render", "notify.send", "incident.close", "incident.record");

  /** Variables no human step may set (docs/contracts.md, "Human steps"). */
  private static final Set<String> RESERVED_OUTPUTS =
      Set.of("incidentId", "tierDecision", "commsDrafts", "notifyChannels");

  static List<String> processFiles() {
    return PlaybookDirectory.bpmnFileNames();
  }

  @Test
  void shouldShipTheEntryProcessThreeTiersPerScenarioTheSharedProcessesAndTheDecisions() {
    // given / when
    List<String> files = PlaybookDirectory.allFileNames();

    // then
    assertThat(files)
        .containsExactlyInAnyOrder(
            "incident-response.bpmn",
            "playbook-small.bpmn",
            "playbook-mid.bpmn",
            "playbook-large.bpmn",
            "playbook-edge-device-small.bpmn",
            "playbook-edge-device-mid.bpmn",
            "playbook-edge-device-large.bpmn",
            "reauthentication-wave.bpmn",
            "compromise-response.bpmn",
            "regulator-filing.bpmn",
            "regulatory-obligation.bpmn",
            "select-playbook.dmn",
            "follow-ups.dmn",
            "raise-severity.dmn",
            "regulatory-obligations.dmn");
  }

  @ParameterizedTest
  @MethodSource("processFiles")
  void shouldPassTheModelAndZeebeDesignTimeValidation(String file) {
    // given
    BpmnModelInstance model = PlaybookDirectory.read(file);

    // when
    Bpmn.validateModel(model);
    List<String> problems =
        model.validate(ZeebeDesignTimeValidators.VALIDATORS).getResults().values().stream()
            .flatMap(List::stream)
            .map(ValidationResult::getMessage)
            .toList();

    // then
    assertThat(problems).as("Zeebe design-time problems in %s", file).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("processFiles")
  void shouldGiveEveryFlowNodeAShapeAndEverySequenceFlowAnEdge(String file) {
    // given
    BpmnModelInstance model = PlaybookDirectory.read(file);

    // when
    Set<String> shaped =
        model.getModelElementsByType(BpmnShape.class).stream()
            .map(shape -> shape.getBpmnElement().getId())
            .collect(Collectors.toSet());
    Set<String> edged =
        model.getModelElementsByType(BpmnEdge.class).stream()
            .filter(edge -> edge.getWaypoints().size() >= 2)
            .map(edge -> edge.getBpmnElement().getId())
            .collect(Collectors.toSet());

    // then
    assertThat(model.getModelElementsByType(FlowNode.class))
        .extracting(BaseElement::getId)
        .isSubsetOf(shaped)
        .isNotEmpty();
    assertThat(model.getModelElementsByType(SequenceFlow.class))
        .extracting(BaseElement::getId)
        .isSubsetOf(edged)
        .isNotEmpty();
  }

  @ParameterizedTest
  @MethodSource("processFiles")
  void shouldNotLetAnyTwoShapesOverlapExceptABoundaryEventOnItsTask(String file) {
    // given
    BpmnModelInstance model = PlaybookDirectory.read(file);
    List<BpmnShape> shapes = new ArrayList<>(model.getModelElementsByType(BpmnShape.class));

    // when
    List<String> overlaps = new ArrayList<>();
    for (int i = 0; i < shapes.size(); i++) {
      for (int j = i + 1; j < shapes.size(); j++) {
        BpmnShape a = shapes.get(i);
        BpmnShape b = shapes.get(j);
        if (overlap(a.getBounds(), b.getBounds()) && !attached(a, b) && !attached(b, a)) {
          overlaps.add(a.getBpmnElement().getId() + " / " + b.getBpmnElement().getId());
        }
      }
    }

    // then
    assertThat(overlaps).as("overlapping shapes in %s", file).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("processFiles")
  void shouldNotRouteAnySequenceFlowThroughAShapeItDoesNotConnect(String file) {
    // given
    BpmnModelInstance model = PlaybookDirectory.read(file);
    List<BpmnShape> shapes = new ArrayList<>(model.getModelElementsByType(BpmnShape.class));

    // when
    List<String> crossings = new ArrayList<>();
    for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
      SequenceFlow flow = (SequenceFlow) edge.getBpmnElement();
      List<Waypoint> points = new ArrayList<>(edge.getWaypoints());
      for (BpmnShape shape : shapes) {
        String id = shape.getBpmnElement().getId();
        boolean connected =
            id.equals(flow.getSource().getId())
                || id.equals(flow.getTarget().getId())
                || flow.getSource() instanceof BoundaryEvent event
                    && event.getAttachedTo().getId().equals(id);
        for (int i = 1; i < points.size() && !connected; i++) {
          if (crosses(points.get(i - 1), points.get(i), shape.getBounds())) {
            crossings.add(flow.getId() + " crosses " + id);
            break;
          }
        }
      }
    }

    // then
    assertThat(crossings).as("sequence flows drawn through shapes in %s", file).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("processFiles")
  void shouldGiveEveryHumanStepResponderRolesADefinitionOfDoneAndAChecklist(String file) {
    // given
    BpmnModelInstance model = PlaybookDirectory.read(file);

    // when / then
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      String groups =
          task.getSingleExtensionElement(ZeebeAssignmentDefinition.class).getCandidateGroups();
      if (!groups.startsWith("=")) {
        assertThat(Arrays.asList(groups.split(",")))
            .as("candidate groups of %s", task.getId())
            .isSubsetOf(Roles.RESPONDER_ROLES);
      }
      assertThat(task.getName()).as("name of %s", task.getId()).isNotBlank();
      assertThat(task.getDocumentations())
          .as("documentation of %s", task.getId())
          .singleElement()
          .satisfies(doc -> assertThat(doc.getTextContent()).startsWith("Done when"));
      assertThat(headers(task)).as("headers of %s", task.getId()).containsKey("checklist.1");
    }
  }

  @ParameterizedTest
  @MethodSource("processFiles")
  void shouldPlaceEveryHumanStepInOneResponsePhase(String file) {
    // given
    BpmnModelInstance model = PlaybookDirectory.read(file);

    // when / then: progress by phase and the time-to-contain metric read this header
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      assertThat(headers(task).get("phase"))
          .as("phase header of %s", task.getId())
          .isIn("contain", "preserve", "rotate", "harden", "detect", "notify", "review");
    }
  }

  @ParameterizedTest
  @MethodSource("processFiles")
  void shouldUseOnlyServiceTaskTypesThatAnotherFeatureImplements(String file) {
    // given
    BpmnModelInstance model = PlaybookDirectory.read(file);

    // when
    List<String> types =
        model.getModelElementsByType(ServiceTask.class).stream()
            .map(task -> task.getSingleExtensionElement(ZeebeTaskDefinition.class).getType())
            .toList();

    // then
    assertThat(types).isSubsetOf(IMPLEMENTED_TYPES);
  }

  @ParameterizedTest
  @MethodSource("processFiles")
  void shouldOnlyCallProcessesThatShipInTheSameDirectory(String file) {
    // given
    BpmnModelInstance model = PlaybookDirectory.read(file);
    Set<String> shipped =
        processFiles().stream().map(name -> name.replace(".bpmn", "")).collect(Collectors.toSet());

    // when
    List<String> called =
        model.getModelElementsByType(CallActivity.class).stream()
            .map(call -> call.getSingleExtensionElement(ZeebeCalledElement.class).getProcessId())
            .filter(id -> !id.startsWith("="))
            .toList();

    // then
    assertThat(called).isSubsetOf(shipped);
  }

  @Test
  void shouldMarkTheLargeTiersEvidenceRegulatorAndFinalApprovalStepsAsTwoPersonSteps() {
    // given
    BpmnModelInstance model = PlaybookDirectory.read("playbook-large.bpmn");

    // when
    List<String> twoPerson =
        model.getModelElementsByType(UserTask.class).stream()
            .filter(task -> "true".equals(headers(task).get("requires-two-person")))
            .map(BaseElement::getId)
            .toList();

    // then
    assertThat(twoPerson)
        .containsExactlyInAnyOrder(
            "preserve-evidence", "assess-personal-data", "confirm-no-filing", "executive-approval");
  }

  @ParameterizedTest
  @MethodSource("processFiles")
  void shouldNameTheItemInTheTitleOfEveryMultiInstanceUserTask(String file) {
    // given
    BpmnModelInstance model = PlaybookDirectory.read(file);

    // when
    List<UserTask> multiInstance =
        model.getModelElementsByType(UserTask.class).stream()
            .filter(task -> task.getLoopCharacteristics() != null)
            .toList();

    // then title-item is a dotted path that starts at the loop's input element
    for (UserTask task : multiInstance) {
      String element =
          task.getLoopCharacteristics()
              .getSingleExtensionElement(ZeebeLoopCharacteristics.class)
              .getInputElement();
      assertThat(headers(task))
          .as("title headers of %s", task.getId())
          .containsKey("title-prefix")
          .hasEntrySatisfying(
              "title-item",
              path -> assertThat(path.split("\\.")[0]).isEqualTo(element).doesNotContain("="));
    }
  }

  @ParameterizedTest
  @MethodSource("processFiles")
  void shouldNeverLetAHumanStepSetAReservedVariable(String file) {
    // given
    BpmnModelInstance model = PlaybookDirectory.read(file);

    // when
    List<String> reserved = new ArrayList<>();
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      String outputs = headers(task).getOrDefault("outputs", "");
      for (String name : outputs.isBlank() ? new String[0] : outputs.split(",")) {
        boolean assessment = task.getId().equals("assess-personal-data");
        if (RESERVED_OUTPUTS.contains(name)
            || name.endsWith("Groups")
            || name.equals("personalData") && !assessment
            || !name.matches("[a-z][A-Za-z0-9]*")) {
          reserved.add(task.getId() + ": " + name);
        }
      }
    }

    // then
    assertThat(reserved).as("reserved or malformed outputs in %s", file).isEmpty();
  }

  private static Map<String, String> headers(FlowNode task) {
    ZeebeTaskHeaders headers = task.getSingleExtensionElement(ZeebeTaskHeaders.class);
    if (headers == null) {
      return Map.of();
    }
    return headers.getHeaders().stream()
        .collect(Collectors.toMap(ZeebeHeader::getKey, ZeebeHeader::getValue));
  }

  private static boolean attached(BpmnShape boundary, BpmnShape host) {
    return boundary.getBpmnElement() instanceof BoundaryEvent event
        && event.getAttachedTo().getId().equals(host.getBpmnElement().getId());
  }

  /**
   * Whether an axis-parallel segment enters the inside of the bounds (touching the border is fine).
   */
  private static boolean crosses(Waypoint from, Waypoint to, Bounds r) {
    return Math.min(from.getX(), to.getX()) < r.getX() + r.getWidth() - 1
        && Math.max(from.getX(), to.getX()) > r.getX() + 1
        && Math.min(from.getY(), to.getY()) < r.getY() + r.getHeight() - 1
        && Math.max(from.getY(), to.getY()) > r.getY() + 1;
  }

  private static boolean overlap(Bounds a, Bounds b) {
    Function<Bounds, double[]> box =
        r -> new double[] {r.getX(), r.getY(), r.getX() + r.getWidth(), r.getY() + r.getHeight()};
    double[] p = box.apply(a);
    double[] q = box.apply(b);
    return p[0] < q[2] && q[0] < p[2] && p[1] < q[3] && q[1] < p[3];
  }
}
