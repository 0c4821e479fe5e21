package io.irplaybook.incident.service;

import static org.assertj.core.api.Assertions.assertThatCode;

import io.irplaybook.platform.ServiceConfig;
import org.junit.jupiter.api.Test;

/**
 * An engine-only instance (irp.service.enabled=false) opens no incident.close worker and runs no
 * pending starts: with every collaborator missing, any attempt would throw.
 */
class BackgroundWorkSwitchTest {

  private final ServiceConfig off = () -> false;

  @Test
  void shouldNotOpenTheCloseWorkerWhenTheServiceIsOff() {
    // given
    IncidentCloseWorker worker = new IncidentCloseWorker(null, null, off, null);

    // when / then
    assertThatCode(() -> worker.onStart(null)).doesNotThrowAnyException();
    assertThatCode(() -> worker.onStop(null)).doesNotThrowAnyException();
  }

  @Test
  void shouldNotRunPendingStartsWhenTheServiceIsOff() {
    // given
    PendingStarts pending = new PendingStarts(null, null, null, null, null, off);

    // when / then
    assertThatCode(pending::scheduled).doesNotThrowAnyException();
  }
}
