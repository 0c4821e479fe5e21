package io.irplaybook.platform;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Whether this instance does the service's work. Set {@code irp.service.enabled=false} (with the
 * embedded engine on) to run an instance that is only the engine and its gateway, shared by several
 * service replicas.
 */
@ConfigMapping(prefix = "irp.service")
public interface ServiceConfig {

  /**
   * Open job workers, run schedulers (outbox dispatch, pending starts, overdue checks) and deploy
   * the playbooks. Every feature checks this before starting background work.
   */
  @WithDefault("true")
  boolean enabled();
}
