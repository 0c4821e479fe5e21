package io.irplaybook.web;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Starts Debian's headless Chromium through chromium-driver for the browser tests. Where they are
 * not installed (a fresh machine with only Java 17) the test is skipped with the install command,
 * unless IRP_REQUIRE_BROWSER=true (set by .ci/run), which turns the skip into a failure so that CI
 * can never pass without having run the browser tests.
 */
public final class HeadlessChromium {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final String REQUIRE = "IRP_REQUIRE_BROWSER";

  private HeadlessChromium() {}

  /** Skips (or, where required, fails) the calling test when Chromium or its driver is missing. */
  public static void assumeInstalled() {
    if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
      return;
    }
    String reason =
        "needs Debian's chromium and chromium-driver ("
            + CHROMIUM
            + ", "
            + CHROMEDRIVER
            + "); install them with: sudo apt-get install chromium chromium-driver";
    if ("true".equals(System.getenv(REQUIRE))) {
      fail(REQUIRE + "=true, but this browser test " + reason);
    }
    Assumptions.abort("Skipped: this browser test " + reason);
  }

  /** A new headless browser with its own empty profile directory. */
  public static WebDriver start(Path profile, String windowSize) {
    assumeInstalled();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toString());
    // Without the background-networking switches Chromium keeps dialling Google's hosts, which
    // this machine's closed network refuses many times a second.
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=" + windowSize,
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
            .usingAnyFreePort()
            .build();
    return new ChromeDriver(service, options);
  }
}
