package io.irplaybook.playbook;

import static org.assertj.core.api.Assertions.assertThat;

import io.irplaybook.playbook.PlaybookDiagram.StepState;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The catalogue reads names and documentation from BPMN; the diagram draws its interchange as SVG.
 */
class PlaybookSvgTest {

  private final PlaybookCatalogue catalogue =
      new PlaybookCatalogue(
          new PlaybookConfig() {
            @Override
            public Optional<Path> directory() {
              return Optional.empty();
            }
          });

  @Test
  void shouldFindElementNameAndDocumentationByProcessAndElementId() {
    // when
    var element = catalogue.element("inbox-two-steps", "preserve-evidence").orElseThrow();

    // then
    assertThat(element.name()).isEqualTo("Preserve the logs");
    assertThat(element.documentation()).startsWith("Export the cloud audit logs");
    assertThat(catalogue.element("inbox-two-steps", "no-such-step")).isEmpty();
    assertThat(catalogue.element("no-such-process", "preserve-evidence")).isEmpty();
    assertThat(catalogue.processName("playbook-small"))
        .isEqualTo("Playbook: configuration backup exposure, small organisation");
  }

  @Test
  void shouldDrawEveryShapeWithItsStateAndEscapeNames() {
    // given
    PlaybookDiagram diagram = new PlaybookDiagram(catalogue);

    // when
    String svg =
        diagram
            .svg(
                "inbox-two-steps",
                Map.of("start", StepState.COMPLETED, "preserve-evidence", StepState.CURRENT),
                "<Inbox & co>")
            .orElseThrow();

    // then
    assertThat(svg)
        .startsWith("<svg")
        .endsWith("</svg>")
        .contains("aria-label=\"&lt;Inbox &amp; co&gt;\"")
        .contains("data-element-id=\"start\" data-state=\"completed\"")
        .contains("data-element-id=\"preserve-evidence\" data-state=\"current\"")
        .contains("data-element-id=\"approve-reset\" data-state=\"pending\"")
        .contains("<polyline");
    assertThat(diagram.svg("no-such-process", Map.of(), "x")).isEmpty();
  }

  @Test
  void shouldDrawEachIncidentsOwnStatesWhenTheSameProcessIsDrawnAgain() {
    // given: the diagram keeps each process drawn once and only picks states per call
    PlaybookDiagram diagram = new PlaybookDiagram(catalogue);
    String first =
        diagram
            .svg("inbox-two-steps", Map.of("preserve-evidence", StepState.CURRENT), "Two steps")
            .orElseThrow();

    // when
    String second =
        diagram
            .svg(
                "inbox-two-steps",
                Map.of(
                    "preserve-evidence", StepState.COMPLETED,
                    "approve-reset", StepState.INTERRUPTED),
                "Two steps")
            .orElseThrow();

    // then
    assertThat(first)
        .contains("data-element-id=\"preserve-evidence\" data-state=\"current\"")
        .contains("data-element-id=\"approve-reset\" data-state=\"pending\"");
    assertThat(second)
        .contains("data-element-id=\"preserve-evidence\" data-state=\"completed\"")
        .contains("data-element-id=\"approve-reset\" data-state=\"interrupted\"")
        .doesNotContain("data-state=\"current\"");
  }

  @Test
  void shouldWrapLongLabelsIntoLines() {
    // when / then
    assertThat(PlaybookDiagram.wrap("Approve the credential reset", 16))
        .containsExactly("Approve the", "credential reset");
    assertThat(PlaybookDiagram.wrap("認証情報のリセットを承認する", 8)).containsExactly("認証情報のリセッ", "トを承認する");
  }
}
