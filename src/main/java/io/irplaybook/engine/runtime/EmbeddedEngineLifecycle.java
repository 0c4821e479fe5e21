package io.irplaybook.engine.runtime;

import io.irplaybook.engine.EmbeddedEngine;
import io.irplaybook.engine.EngineSettings;
import io.irplaybook.engine.access.GatewayBasicAuth;
import io.irplaybook.engine.access.GatewayOAuth;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Starts the embedded engine with the service, before anything deploys to it (priority 10), on the
 * service's own database, and stops it last.
 */
@ApplicationScoped
public class EmbeddedEngineLifecycle {

  private static final Logger LOG = Logger.getLogger(EmbeddedEngineLifecycle.class);

  private final EngineConfig config;
  private final DataSource dataSource;
  private volatile EmbeddedEngine engine;

  EmbeddedEngineLifecycle(EngineConfig config, DataSource dataSource) {
    this.config = config;
    this.dataSource = dataSource;
  }

  void onStart(@Observes @Priority(10) StartupEvent event) {
    if (!config.enabled()) {
      LOG.info(
          "Embedded engine disabled (irp.engine.enabled=false): the service uses an external Camunda 8 cluster");
      return;
    }
    engine =
        EmbeddedEngine.start(
            new EngineSettings(
                dataSource,
                Clock.systemUTC(),
                config.host(),
                config.port(),
                config.tickInterval(),
                config.restPort(),
                config.token(),
                config.oauth().map(o -> new GatewayOAuth(o.issuer(), o.jwksUri(), o.audience())),
                config
                    .basic()
                    .map(b -> new GatewayBasicAuth.Credentials(b.username(), b.password()))));
  }

  /** The running engine, or null where it is disabled or stopped. */
  EmbeddedEngine engine() {
    return engine;
  }

  void onStop(@Observes @Priority(1000) ShutdownEvent event) {
    if (engine != null) {
      engine.close();
      engine = null;
    }
  }
}
