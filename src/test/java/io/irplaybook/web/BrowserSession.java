package io.irplaybook.web;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/**
 * One headless Chromium for a page walk: open pages, sign in, wait for what the engine does
 * asynchronously, save screenshots under target/, and run axe-core (from its webjar) on the page.
 * The web pages' walks and the inbox's browser tests share it.
 */
public final class BrowserSession implements AutoCloseable {

  static final Duration WAIT = Duration.ofSeconds(30);
  private static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

  public final WebDriver browser;
  private final Path profile;
  private final String base;

  public BrowserSession(URL base, String windowSize) throws IOException {
    this.profile = Files.createTempDirectory("irp-chromium-");
    this.base = base.toString().replaceAll("/$", "");
    this.browser = HeadlessChromium.start(profile, windowSize);
  }

  public void open(String path) {
    browser.get(base + path);
  }

  public String path() {
    return browser.getCurrentUrl().replaceFirst("^https?://[^/]+", "");
  }

  public void signIn(String user, String password) {
    open("/signin");
    browser.findElement(By.id("username")).sendKeys(user);
    browser.findElement(By.id("password")).sendKeys(password);
    browser.findElement(By.id("sign-in")).click();
    await(() -> !path().startsWith("/signin"), user + " signed in");
  }

  public void signOut() {
    browser.findElement(By.id("sign-out")).click();
    await(() -> path().startsWith("/signin"), "the sign-in page after signing out");
  }

  public String text(String id) {
    return browser.findElement(By.id(id)).getText();
  }

  public boolean has(String css) {
    return !browser.findElements(By.cssSelector(css)).isEmpty();
  }

  /** Reloads the page until the condition holds (the engine hands out jobs asynchronously). */
  public void awaitOnPage(String path, BooleanSupplier condition, String what) {
    await(
        () -> {
          open(path);
          return condition.getAsBoolean();
        },
        what + " on " + path);
  }

  public static void await(BooleanSupplier condition, String what) {
    Instant deadline = Instant.now().plus(WAIT);
    while (!holds(condition)) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("Expected " + what + " within " + WAIT + ", but it did not come");
      }
      LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
    }
  }

  /**
   * The condition, or false while the page it looks at is being replaced (a click starts a form's
   * navigation without waiting for it, so an element can vanish between two looks).
   */
  private static boolean holds(BooleanSupplier condition) {
    try {
      return condition.getAsBoolean();
    } catch (org.openqa.selenium.NoSuchElementException
        | org.openqa.selenium.StaleElementReferenceException changing) {
      return false;
    }
  }

  public void screenshot(String name) throws IOException {
    Path target = Path.of("target", name);
    Files.createDirectories(target.getParent());
    Files.copy(
        ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(),
        target,
        StandardCopyOption.REPLACE_EXISTING);
  }

  /**
   * Runs axe-core on the page as it is and answers its serious and critical violations, one line
   * each ("rule (impact): selectors").
   */
  @SuppressWarnings("unchecked")
  public List<String> seriousAccessibilityViolations() throws IOException {
    JavascriptExecutor js = (JavascriptExecutor) browser;
    js.executeScript(axeSource());
    Object found =
        js.executeAsyncScript(
            "var done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then(function (r) {"
                + "  done(r.violations.filter(function (v) {"
                + "    return v.impact === 'serious' || v.impact === 'critical'; })"
                + "  .map(function (v) { return v.id + ' (' + v.impact + '): ' + v.nodes.map("
                + "    function (n) { return n.target.join(' '); }).join(', '); }));"
                + "}).catch(function (e) { done(['axe failed: ' + e]); });");
    return (List<String>) found;
  }

  private static String axeSource() throws IOException {
    try (InputStream in = BrowserSession.class.getClassLoader().getResourceAsStream(AXE)) {
      if (in == null) {
        throw new IllegalStateException("axe-core is not on the test class path: " + AXE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Override
  public void close() throws IOException {
    browser.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    }
  }
}
