package io.irplaybook.security.service;

import io.irplaybook.security.Roles;
import io.irplaybook.security.User;
import io.irplaybook.security.config.SecurityConfig;
import io.irplaybook.workflow.ServiceConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Creates the user {@code admin} at the first start, so a fresh installation can be signed into.
 * The password comes from {@code IRP_ADMIN_PASSWORD}; without it one is generated and printed once.
 * An engine-only instance ({@code irp.service.enabled=false}) creates nobody: it serves no API, and
 * if it started first on the shared database its generated password would win over the replicas'
 * {@code IRP_ADMIN_PASSWORD}, leaving an admin nobody can sign in as.
 */
@ApplicationScoped
public class AdminBootstrap {

  private static final Logger LOG = Logger.getLogger(AdminBootstrap.class);
  static final String ADMIN = "admin";

  private final UserService users;
  private final SecurityConfig config;
  private final ServiceConfig service;

  AdminBootstrap(UserService users, SecurityConfig config, ServiceConfig service) {
    this.users = users;
    this.config = config;
    this.service = service;
  }

  void onStart(@Observes @Priority(15) StartupEvent event) {
    if (!service.enabled() || !config.localUsers()) {
      return;
    }
    Created created;
    try {
      created = QuarkusTransaction.requiringNew().call(this::createIfMissing);
    } catch (RuntimeException e) {
      // Replicas starting together on a fresh database race to create admin; the unique user name lets
      // exactly one of them win, and the others carry on with the admin it created.
      if (!QuarkusTransaction.requiringNew().call(() -> User.findByUsername(ADMIN).isPresent())) {
        throw e;
      }
      LOG.info("User 'admin' was created by another instance starting at the same time");
      return;
    }
    if (created == null) {
      return;
    }
    if (created.generatedPassword() != null) {
      // Printed once, on purpose: there is no other way to learn it. Change it by recreating the database
      // or set IRP_ADMIN_PASSWORD before the first start. Logged only after the commit, so a replica that
      // lost the race above never prints a password that does not work.
      LOG.warnf("Created user 'admin' with the generated password %s (shown only now; IRP_ADMIN_PASSWORD was unset)",
          created.generatedPassword());
    } else {
      LOG.info("Created user 'admin' with the password from IRP_ADMIN_PASSWORD");
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
    }
    users.create(ADMIN, password, List.of(Roles.ADMIN), "system:security");
    User.flush(); // the unique constraint speaks here or at commit, inside the try above either way
    return new Created(generated);
  }

  private record Created(String generatedPassword) {}
}
