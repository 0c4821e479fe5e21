package io.irplaybook.security.oidc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A real Keycloak (the {@code keycloak-quarkus-dist} server distribution) started on loopback with
 * the test realm, for the OIDC tests. Where it is not installed the tests skip, naming {@link
 * #INSTALL}; with {@code IRP_REQUIRE_KEYCLOAK=true} (set by {@code .ci/run}) they fail instead.
 */
final class KeycloakServer {

  static final String VERSION = "26.5.6";

  static final String INSTALL =
      "./mvnw -s .mvn/settings.xml dependency:unpack"
          + " -Dartifact=org.keycloak:keycloak-quarkus-dist:"
          + VERSION
          + ":zip -DoutputDirectory=target/keycloak (about 165 MB; it needs a Java 21 or newer,"
          + " found under /usr/lib/jvm or named by -Dirp.test.keycloak-java-home)";

  static final String REQUIRE = "IRP_REQUIRE_KEYCLOAK";

  static final String REALM = "irp-test";
  static final String CLIENT_ID = "ir-playbook-runner";
  static final String CLIENT_SECRET = "irp-test-client-secret";
  static final String OTHER_CLIENT_ID = "other-client";
  static final String OTHER_CLIENT_SECRET = "other-client-secret";

  private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

  private KeycloakServer() {}

  static int port() {
    return Integer.getInteger("irp.test.keycloak-port", 8180);
  }

  /** The port the tests' application listens on, which the realm accepts as a redirect target. */
  static int appPort() {
    return Integer.getInteger("irp.test.http-port", 8081);
  }

  static String issuer() {
    return "http://localhost:" + port() + "/realms/" + REALM;
  }

  static Path home() {
    return Path.of(
        System.getProperty(
            "irp.test.keycloak-home",
            Path.of("target", "keycloak", "keycloak-" + VERSION).toString()));
  }

  /** Why the tests cannot run here, or empty when Keycloak and a Java to run it are present. */
  static Optional<String> missing() {
    if (!Files.isExecutable(home().resolve("bin").resolve("kc.sh"))) {
      return Optional.of(
          "needs Keycloak in " + home().toAbsolutePath() + ": install it with " + INSTALL);
    }
    if (javaHome().isEmpty()) {
      return Optional.of("needs a Java 21 or newer to run Keycloak; none under /usr/lib/jvm");
    }
    return Optional.empty();
  }

  /** A JDK of release 21 or newer: the configured one, or the newest under /usr/lib/jvm. */
  static Optional<Path> javaHome() {
    String configured = System.getProperty("irp.test.keycloak-java-home");
    if (configured != null) {
      return Optional.of(Path.of(configured));
    }
    Path jvms = Path.of("/usr/lib/jvm");
    if (!Files.isDirectory(jvms)) {
      return Optional.empty();
    }
    try (Stream<Path> candidates = Files.list(jvms)) {
      return candidates
          .filter(dir -> Files.isExecutable(dir.resolve("bin").resolve("java")))
          .filter(dir -> major(dir) >= 21)
          .max(Comparator.comparingInt(KeycloakServer::major));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static int major(Path jdk) {
    try {
      for (String line : Files.readAllLines(jdk.resolve("release"))) {
        if (line.startsWith("JAVA_VERSION=")) {
          String version = line.substring(line.indexOf('"') + 1);
          return Integer.parseInt(version.split("[.\"]")[0]);
        }
      }
    } catch (IOException | RuntimeException e) {
      // not a JDK we can read
    }
    return 0;
  }

  /**
   * Starts Keycloak unless one already answers for the realm (a developer's, kept between runs);
   * returns the process started, or null when an existing one is used.
   */
  static Process start() {
    if (answers()) {
      return null;
    }
    try {
      Path imports = Files.createDirectories(home().resolve("data").resolve("import"));
      try (InputStream realm =
          KeycloakServer.class.getResourceAsStream("/keycloak/irp-test-realm.json")) {
        String json =
            new String(realm.readAllBytes(), StandardCharsets.UTF_8)
                .replace("${APP_PORT}", String.valueOf(appPort()));
        Files.writeString(imports.resolve("irp-test-realm.json"), json);
      }
      Path log = Files.createDirectories(Path.of("target", "keycloak")).resolve("keycloak.log");
      ProcessBuilder builder =
          new ProcessBuilder(
                  home().resolve("bin").resolve("kc.sh").toString(),
                  "start-dev",
                  "--http-host=127.0.0.1",
                  "--http-port=" + port(),
                  "--http-management-port=" + (port() + 1),
                  "--import-realm")
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
      builder.environment().put("JAVA_HOME", javaHome().orElseThrow().toString());
      Process process = builder.start();
      long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
      while (System.nanoTime() < deadline) {
        if (!process.isAlive()) {
          throw new IllegalStateException(
              "Keycloak exited with " + process.exitValue() + "; its log: " + log.toAbsolutePath());
        }
        if (answers()) {
          return process;
        }
        Thread.sleep(500);
      }
      stop(process);
      throw new IllegalStateException(
          "Keycloak did not answer within " + START_TIMEOUT + "; its log: " + log.toAbsolutePath());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static void stop(Process process) {
    if (process == null) {
      return;
    }
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static boolean answers() {
    try {
      HttpResponse<Void> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(issuer() + "/.well-known/openid-configuration"))
                      .timeout(Duration.ofSeconds(2))
                      .build(),
                  HttpResponse.BodyHandlers.discarding());
      return response.statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
