package io.irplaybook.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.logging.MDC;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The incident id in the MDC: scoped tagging leaves a pooled thread as it found it. */
class IncidentContextTest {

  @AfterEach
  void clear() {
    MDC.remove(IncidentContext.MDC_KEY);
  }

  @Test
  void scopedTagPutsBackTheIdThatWasThereBefore() {
    // given
    IncidentContext.tag("INC-2026-0001");

    // when
    try (var tagged = IncidentContext.open("INC-2026-0002")) {
      // then
      assertThat(MDC.get(IncidentContext.MDC_KEY)).isEqualTo("INC-2026-0002");
    }
    assertThat(MDC.get(IncidentContext.MDC_KEY)).isEqualTo("INC-2026-0001");
  }

  @Test
  void scopedTagLeavesNoIdBehindOnAThreadThatHadNone() {
    // when
    try (var tagged = IncidentContext.open("INC-2026-0003")) {
      assertThat(MDC.get(IncidentContext.MDC_KEY)).isEqualTo("INC-2026-0003");
    }

    // then
    assertThat(MDC.get(IncidentContext.MDC_KEY)).isNull();
  }

  @Test
  void blankIdsAreIgnored() {
    // when
    IncidentContext.tag(" ");
    IncidentContext.tag(null);

    // then
    assertThat(MDC.get(IncidentContext.MDC_KEY)).isNull();
  }

  @Test
  void incidentIdPatternMatchesOnlyWholeIds() {
    assertThat(IncidentContext.INCIDENT_ID.matcher("INC-2026-0042").matches()).isTrue();
    assertThat(IncidentContext.INCIDENT_ID.matcher("INC-2026-12345").matches()).isTrue();
    assertThat(IncidentContext.INCIDENT_ID.matcher("INC-26-0042").matches()).isFalse();
    assertThat(IncidentContext.INCIDENT_ID.matcher("tasks").matches()).isFalse();
  }
}
