package io.irplaybook.inbox;

import io.irplaybook.notify.NotifyPeers;
import java.util.HashMap;
import java.util.Map;

/**
 * The notify tests' WireMock and channels, with the inbox told to notify the {@code hook} channel:
 * once for everyone and once more for the group {@code forensics} (the same channel, so still one
 * notice).
 */
public class InboxNotifyPeers extends NotifyPeers {

  @Override
  public Map<String, String> start() {
    Map<String, String> config = new HashMap<>(super.start());
    config.put("irp.inbox.notify-channels", "hook");
    config.put("irp.inbox.group-channels.forensics", "hook");
    return config;
  }
}
