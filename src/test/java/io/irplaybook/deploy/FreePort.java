package io.irplaybook.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/**
 * Ports for the extra processes, so the packaged-app tests never collide with another checkout's.
 */
final class FreePort {

  private FreePort() {}

  /**
   * The given system property when set (the checkout's assigned port), else a port the OS finds
   * free.
   */
  static int fromPropertyOrFree(String property) {
    String configured = System.getProperty(property);
    return configured != null && !configured.isBlank()
        ? Integer.parseInt(configured.trim())
        : free();
  }

  static int free() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
