package io.irplaybook.inbox.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.irplaybook.inbox.InboxProblem;
import io.irplaybook.platform.FieldError;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeclaredOutputsTest {

  @Test
  void shouldReadTheHeaderAsTrimmedNamesWithoutBlanksOrDuplicates() {
    // when
    List<String> names = DeclaredOutputs.parse(" a, b ,,a, c ", "p", "e");

    // then
    assertThat(names).containsExactly("a", "b", "c");
    assertThat(DeclaredOutputs.parse(null, "p", "e")).isEmpty();
    assertThat(DeclaredOutputs.parse("  ", "p", "e")).isEmpty();
  }

  @Test
  void shouldTreatEveryGroupsListAndTheProcessOwnedNamesAsReserved() {
    // when / then
    assertThat(
            List.of(
                "incidentId",
                "tierDecision",
                "verifyGroups",
                "filingGroups",
                "commsDrafts",
                "notifyChannels",
                "regulatorDrafts",
                "notificationIds"))
        .allMatch(DeclaredOutputs::reserved);
    assertThat(List.of("personalData", "rotationNote", "groupsNote"))
        .noneMatch(DeclaredOutputs::reserved);
  }

  @Test
  void shouldAcceptOnlyDeclaredNonReservedVariables() {
    // given
    List<String> declared = List.of("personalData", "tierDecision");

    // when / then
    assertThatCode(() -> DeclaredOutputs.check(7, declared, List.of("personalData")))
        .doesNotThrowAnyException();
    assertThatCode(() -> DeclaredOutputs.check(7, List.of(), List.of())).doesNotThrowAnyException();
    assertThatThrownBy(
            () ->
                DeclaredOutputs.check(7, declared, List.of("tierDecision", "note", "personalData")))
        .isInstanceOfSatisfying(
            InboxProblem.class,
            p -> {
              assertThat(p.status()).isEqualTo(400);
              assertThat(p.detail())
                  .isEqualTo(
                      "Task 7 may not set note, tierDecision; it accepts only personalData.");
              assertThat(p.errors())
                  .extracting(FieldError::field)
                  .containsExactly("variables.note", "variables.tierDecision");
            });
  }
}
