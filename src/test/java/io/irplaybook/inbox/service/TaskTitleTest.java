package io.irplaybook.inbox.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.irplaybook.inbox.Task;
import io.irplaybook.inbox.TaskView;
import io.irplaybook.playbook.StepTexts;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The title-prefix / title-item headers of a multi-instance step, in English and Japanese. */
class TaskTitleTest {

  private static final Map<String, String> HEADERS =
      Map.of("title-prefix", "Rotate", "title-item", "waveItem.name");

  @Test
  void shouldNameTheItemAfterThePrefixWhenTheStepHasTitleHeaders() {
    // when
    TaskTitle title =
        TaskTitle.of(
            "Rotate the credential class",
            HEADERS,
            Map.of("waveItem", Map.of("name", "IPsec site-to-site pre-shared keys")));

    // then
    assertThat(title.english()).isEqualTo("Rotate: IPsec site-to-site pre-shared keys");
    assertThat(title.item()).isEqualTo("IPsec site-to-site pre-shared keys");
  }

  @Test
  void shouldKeepTheElementNameWhenTheItemPathLeadsNowhere() {
    // when
    TaskTitle title = TaskTitle.of("Rotate the credential class", HEADERS, Map.of("waveItem", 3));

    // then
    assertThat(title.english()).isEqualTo("Rotate the credential class");
    assertThat(title.item()).isNull();
  }

  @Test
  void shouldShowTheTranslatedPrefixWithTheItemAsTheProcessNamedIt() {
    // given
    Task task = new Task();
    task.title = "Rotate: IPsec site-to-site pre-shared keys";
    task.titleItem = "IPsec site-to-site pre-shared keys";
    StepTexts.Words japanese =
        new StepTexts.Words("認証情報の種類ごとにローテーションする", null, "ローテーション", Map.of(), null);
    StepTexts.Words withItem =
        new StepTexts.Words(
            "認証情報の種類ごとにローテーションする", null, "ローテーション", Map.of(), "IPsec サイト間 VPN の事前共有鍵");

    // when / then
    assertThat(TaskView.titleOf(task, japanese))
        .isEqualTo("ローテーション：IPsec site-to-site pre-shared keys");
    assertThat(TaskView.titleOf(task, withItem)).isEqualTo("ローテーション：IPsec サイト間 VPN の事前共有鍵");
    assertThat(TaskView.titleOf(task, StepTexts.Words.NONE))
        .isEqualTo("Rotate: IPsec site-to-site pre-shared keys");
  }
}
