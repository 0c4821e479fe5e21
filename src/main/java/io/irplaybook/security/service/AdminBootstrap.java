package io.irplaybook.security.service;

import io.irplaybook.platform.Roles;
import io.irplaybook.platform.ServiceConfig;
import io.irplaybook.security.User;
import io.irplaybook.security.config.SecurityConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.jboss.logging.Logger;

/**
 * Creates the user {@code admin} at the first start, so a fresh installation can be signed into.
 * The password comes from {@code IRP_ADMIN_PASSWORD}; without it one is generated and written once
 * to an owner-only (0600) file whose path is logged, so it never reaches log aggregation. Only the
 * dev profile logs the password itself as well. An engine-only instance ({@code
 * irp.service.enabled=false}) creates nobody: it serves no API, and if it started first on the
 * shared database its generated password would win over the replicas' {@code IRP_ADMIN_PASSWORD},
 * leaving an admin nobody can sign in as.
 */
@ApplicationScoped
public class AdminBootstrap {

  private static final Logger LOG = Logger.getLogger(AdminBootstrap.class);
  static final String ADMIN = "admin";

  private final UserService users;
  private final SecurityConfig config;
  private final ServiceConfig service;
  private CompletableFuture<Created> creation;
  private volatile String attempted;

  AdminBootstrap(UserService users, SecurityConfig config, ServiceConfig service) {
    this.users = users;
    this.config = config;
    this.service = service;
  }

  /**
   * Starts the check on a thread of its own, before the engine starts (priority 10). Creating admin
   * hashes its password with bcrypt at the configured cost (12), which took about a second of CPU
   * on a JVM that has not warmed up yet; beside the engine's start and the playbook deployment it
   * no longer adds to the time until the service is ready (docs/benchmark.md, "Start-up of the
   * packaged application").
   */
  void begin(@Observes @Priority(5) StartupEvent event) {
    if (!service.enabled() || !config.localUsers()) {
      return;
    }
    creation = new CompletableFuture<>();
    Thread thread =
        new Thread(
            () -> {
              try {
                creation.complete(createOrAcceptOtherReplicas());
              } catch (Throwable e) {
                creation.completeExceptionally(e);
              }
            },
            "irp-admin-bootstrap");
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * Waits for the check begun above before start-up completes, so a ready service has its admin;
   * fails start-up as before.
   */
  void finish(@Observes @Priority(25) StartupEvent event) {
    if (creation == null) {
      return;
    }
    Created created;
    try {
      created = creation.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
    if (created == null) {
      return;
    }
    if (created.generatedPassword() == null) {
      LOG.info("Created user 'admin' with the password from IRP_ADMIN_PASSWORD");
    } else if (LaunchMode.current() == LaunchMode.DEVELOPMENT) {
      LOG.warnf(
          "Created user 'admin' with the generated password %s (dev mode only; also in %s)",
          created.generatedPassword(), created.file().toAbsolutePath());
    } else {
      // Never the password itself: logs travel to aggregation systems that many people can read.
      LOG.warnf(
          "Created user 'admin' with a generated password, written to %s (readable by this"
              + " service's user only); sign in, change it, then delete the file. Set"
              + " IRP_ADMIN_PASSWORD before the first start to choose it instead.",
          created.file().toAbsolutePath());
    }
  }

  /**
   * The admin this start created, or null when one existed already or another instance created it
   * just now.
   */
  private Created createOrAcceptOtherReplicas() {
    try {
      return QuarkusTransaction.requiringNew().call(this::createIfMissing);
    } catch (RuntimeException e) {
      AdminPasswordFile.deleteIfWrittenBy(config.adminPasswordFile(), attempted);
      // Replicas starting together on a fresh database race to create admin; the unique user name
      // lets
      // exactly one of them win, and the others carry on with the admin it created.
      if (!QuarkusTransaction.requiringNew().call(() -> User.findByUsername(ADMIN).isPresent())) {
        throw e;
      }
      LOG.info("User 'admin' was created by another instance starting at the same time");
      return null;
    }
  }

  /** The admin this start created, or null when one existed already. */
  private Created createIfMissing() {
    if (User.findByUsername(ADMIN).isPresent()) {
      return null;
    }
    String password = config.adminPassword().filter(p -> !p.isBlank()).orElse(null);
    String generated = null;
    if (password == null) {
      byte[] bytes = new byte[18];
      new SecureRandom().nextBytes(bytes);
      generated = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      password = generated;
      // Written before the commit, so an admin never exists whose password nobody can read; a
      // replica that loses the race below deletes its file again.
      attempted = generated;
      AdminPasswordFile.write(config.adminPasswordFile(), generated);
    }
    users.create(ADMIN, password, List.of(Roles.ADMIN), "system:security");
    User.flush(); // the unique constraint speaks here or at commit, inside the try above either way
    return new Created(generated, config.adminPasswordFile());
  }

  private record Created(String generatedPassword, Path file) {}
}
