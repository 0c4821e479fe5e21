package io.irplaybook.engine.model;

/** An element that waits for a message: a message catch event or a receive task. */
public interface MessageCatching {

  String id();

  /** The message waited for; null on an element that waits for something else. */
  MessageDefinition message();
}
