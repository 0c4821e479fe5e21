package io.irplaybook.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The step's phase header decides; the element-id table only stands in for tasks without one. */
class StepPhasesTest {

  @Test
  void shouldTakeThePhaseHeaderOverTheElementIdTable() {
    assertThat(StepPhases.of("detect", "restrict-management-access")).isEqualTo(Phase.DETECT);
  }

  @Test
  void shouldFallBackToTheElementIdWhenTheTaskHasNoOrAnUnknownHeader() {
    assertThat(StepPhases.of(null, "restrict-management-access")).isEqualTo(Phase.CONTAIN);
    assertThat(StepPhases.of("triage", "post-incident-review")).isEqualTo(Phase.REVIEW);
  }
}
