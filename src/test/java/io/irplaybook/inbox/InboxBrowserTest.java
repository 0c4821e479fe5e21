package io.irplaybook.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.irplaybook.web.BrowserSession;
import io.irplaybook.web.HeadlessChromium;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * A responder in headless Chromium (Debian's chromium and chromium-driver): signs in, finds the new
 * task of an incident in the group queue, claims it, ticks its checklist, completes it and sees the
 * next step appear, in the queue and on the incident page. Screenshots go to target/.
 */
@QuarkusTest
class InboxBrowserTest {

  private static final String FIRST_STEP = "Identify devices that used the vendor's cloud backup";
  private static final String NEXT_STEP = "List the secrets each backup held";

  @TestHTTPResource("/")
  URL base;

  @Inject InboxFixtures fixtures;

  private BrowserSession session;
  private WebDriver browser;

  @BeforeEach
  void openBrowser() throws IOException {
    HeadlessChromium.assumeInstalled();
    fixtures.user("br-bea", "network-admin");
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
  void shouldSignInClaimTickCompleteAndSeeTheNextStep() throws IOException {
    // given a declared incident (small tier) whose first step waits for the network admins
    String incident = fixtures.declareIncident();

    // when the responder signs in
    session.signIn("br-bea", InboxFixtures.PASSWORD);
    assertThat(browser.getCurrentUrl()).endsWith("/inbox");

    // and finds, claims, ticks and completes the new task
    awaitOnPage("/inbox/queue?incident=" + incident, FIRST_STEP);
    browser.findElement(By.linkText(FIRST_STEP)).click();
    browser.findElement(By.id("claim")).click();
    BrowserSession.await(
        () -> !browser.findElements(By.id("unclaim")).isEmpty(), "the claimed task");
    assertThat(browser.findElement(By.id("task-holder")).getText()).isEqualTo("br-bea");
    int items = browser.findElements(By.cssSelector("#checklist li")).size();
    assertThat(items)
        .isEqualTo(4); // identify-assets: devices, priority, usedCloudBackup, exposureStart
    for (int i = 1; i <= items; i++) {
      browser.findElement(By.id("tick-" + i)).click();
      // A click starts the form's navigation without waiting for it: wait for the page that shows
      // the tick.
      int ticked = i;
      BrowserSession.await(
          () ->
              browser.findElements(By.cssSelector("#checklist li[data-ticked=true]")).size()
                  == ticked,
          ticked + " ticked items");
    }
    assertThat(browser.findElements(By.cssSelector("#checklist li[data-ticked=true]")))
        .hasSize(items);
    browser.findElement(By.id("complete")).click();
    BrowserSession.await(
        () ->
            browser.getCurrentUrl().endsWith("/inbox")
                || !browser.findElements(By.id("problem")).isEmpty(),
        "the page after completing");
    assertThat(browser.findElements(By.id("problem")))
        .as("a problem shown after completing")
        .isEmpty();

    // then the next step appears in the queue and on the incident page
    awaitOnPage("/inbox/queue?incident=" + incident, NEXT_STEP);
    session.screenshot("inbox.png");
    session.open("/inbox/incidents/" + incident);
    assertThat(
            browser
                .findElement(By.cssSelector("g[data-element-id=identify-assets]"))
                .getAttribute("data-state"))
        .isEqualTo("completed");
    assertThat(
            browser
                .findElement(By.cssSelector("g[data-element-id=identify-secrets]"))
                .getAttribute("data-state"))
        .isEqualTo("current");
    assertThat(browser.findElement(By.id("open-steps")).getText()).contains(NEXT_STEP);
    assertThat(browser.findElement(By.id("incident-tier")).getText()).isEqualTo("small");
    session.screenshot("incident.png");
  }

  /** Reloads the page until it shows the text (the task appears when the engine hands it out). */
  private void awaitOnPage(String path, String text) {
    session.awaitOnPage(path, () -> browser.getPageSource().contains(text), "'" + text + "'");
  }
}
