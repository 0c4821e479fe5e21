package io.irplaybook.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.irplaybook.web.BrowserSession;
import io.irplaybook.web.HeadlessChromium;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * A Japanese responder in headless Chromium: with 日本語 selected, the first step's title, "what done
 * means" and checklist read in Japanese; claimed, ticked and completed, the next step appears in
 * Japanese too. Screenshot: target/inbox-ja.png.
 */
@QuarkusTest
class JapaneseInboxBrowserTest {

  private static final String FIRST_STEP = "ベンダーのクラウドバックアップを利用していた機器を特定する";
  private static final String NEXT_STEP = "各バックアップに含まれていた秘密情報を一覧にする";

  @TestHTTPResource("/")
  URL base;

  @Inject InboxFixtures fixtures;

  private BrowserSession session;
  private WebDriver browser;

  @BeforeEach
  void openBrowser() throws IOException {
    HeadlessChromium.assumeInstalled();
    fixtures.user("br-haru", "network-admin");
    session = new BrowserSession(base, "1280,1400");
    browser = session.browser;
  }

  @AfterEach
  void closeBrowser() throws IOException {
    if (session != null) {
      session.close();
    }
  }

  @Test
  void shouldShowTheStepsInJapaneseWhileTheResponderClaimsTicksAndCompletes() throws IOException {
    // given a declared incident (small tier) whose first step waits for the network admins
    String incident = fixtures.declareIncident();

    // when the responder signs in and selects 日本語
    session.signIn("br-haru", InboxFixtures.PASSWORD);
    assertThat(browser.getCurrentUrl()).endsWith("/inbox");
    browser.findElement(By.linkText("日本語")).click();
    BrowserSession.await(() -> "ja".equals(htmlLang()), "the page in Japanese");

    // then the first step reads in Japanese
    awaitOnPage("/inbox/queue?incident=" + incident, FIRST_STEP);
    browser.findElement(By.linkText(FIRST_STEP)).click();
    assertThat(browser.findElement(By.id("task-title")).getText()).isEqualTo(FIRST_STEP);
    assertThat(browser.findElement(By.id("task-documentation")).getText())
        .startsWith("資産一覧（assets）のすべてのファイアウォールについて")
        .endsWith("記録した時点で完了です。");
    List<String> checklist =
        browser.findElements(By.cssSelector("#checklist li")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(checklist).hasSize(4);
    assertThat(checklist.get(0)).contains("ベンダーポータルに登録されたすべての機器");
    assertThat(checklist.get(1)).contains("各機器の優先度を付ける");
    assertThat(checklist.get(2)).contains("usedCloudBackup を訂正する");
    assertThat(checklist.get(3)).contains("exposureStart を設定する");

    // when the responder claims, ticks every item and completes it
    browser.findElement(By.id("claim")).click();
    BrowserSession.await(
        () -> !browser.findElements(By.id("unclaim")).isEmpty(), "the claimed task");
    for (int i = 1; i <= checklist.size(); i++) {
      browser.findElement(By.id("tick-" + i)).click();
      int ticked = i;
      BrowserSession.await(
          () ->
              browser.findElements(By.cssSelector("#checklist li[data-ticked=true]")).size()
                  == ticked,
          ticked + " ticked items");
    }
    assertThat(browser.findElement(By.id("task-title")).getText()).isEqualTo(FIRST_STEP);
    browser.findElement(By.id("complete")).click();
    BrowserSession.await(
        () ->
            browser.getCurrentUrl().endsWith("/inbox")
                || !browser.findElements(By.id("problem")).isEmpty(),
        "the page after completing");
    assertThat(browser.findElements(By.id("problem")))
        .as("a problem shown after completing")
        .isEmpty();

    // then the next step appears in Japanese, in the queue and on its own page
    awaitOnPage("/inbox/queue?incident=" + incident, NEXT_STEP);
    session.screenshot("inbox-ja.png");
    browser.findElement(By.linkText(NEXT_STEP)).click();
    assertThat(browser.findElement(By.id("task-documentation")).getText())
        .startsWith("影響を受けたすべての機器について");
    assertThat(htmlLang()).isEqualTo("ja");
  }

  private String htmlLang() {
    return browser.findElement(By.tagName("html")).getAttribute("lang");
  }

  /** Reloads the page until it shows the text (the task appears when the engine hands it out). */
  private void awaitOnPage(String path, String text) {
    session.awaitOnPage(path, () -> browser.getPageSource().contains(text), "'" + text + "'");
  }
}
