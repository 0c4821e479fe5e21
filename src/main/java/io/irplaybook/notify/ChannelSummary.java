package io.irplaybook.notify;

import java.util.Set;

/**
 * What a page may show of a channel: its name, kind and classes, never its address or recipients.
 *
 * @param kind {@code slack}, {@code email} or {@code webhook}; null for a name no channel has
 */
public record ChannelSummary(String name, String kind, Set<ChannelClass> classes) {

  public boolean configured() {
    return kind != null;
  }

  public boolean reaches(ChannelClass channelClass) {
    return classes.contains(channelClass);
  }
}
