package io.irplaybook.playbook;

import io.smallrye.config.ConfigMapping;
import java.nio.file.Path;
import java.util.Optional;

/** Where the playbooks deployed at start-up come from. */
@ConfigMapping(prefix = "irp.playbooks")
public interface PlaybookConfig {

  /**
   * A directory whose {@code .bpmn} and {@code .dmn} files are deployed instead of the playbooks
   * packaged with the service, so an operator can deploy edited playbooks without rebuilding. Unset
   * (the default): deploy the packaged top-level {@code bpmn/} directory.
   */
  Optional<Path> directory();
}
