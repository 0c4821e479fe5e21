package io.irplaybook.notify;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.UUID;

/** Reads and writes outbox rows in their own transactions, as a test needs them. */
final class OutboxTestSupport {

  private OutboxTestSupport() {}

  static NotificationMessage message(String text) {
    return new NotificationMessage(
        "Subject " + text, text, null, "en", "INC-TEST", "test:" + UUID.randomUUID());
  }

  static Notification row(String id) {
    return QuarkusTransaction.requiringNew().call(() -> (Notification) Notification.findById(id));
  }

  static void clear() {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              Notification.deleteAll();
              ChannelState.deleteAll();
            });
  }
}
