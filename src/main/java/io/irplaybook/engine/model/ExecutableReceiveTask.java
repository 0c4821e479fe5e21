package io.irplaybook.engine.model;

/** A receive task: waits for a message like an intermediate message catch event. */
public final class ExecutableReceiveTask extends ExecutableActivity implements MessageCatching {

  MessageDefinition message;

  ExecutableReceiveTask(String id, String name, ElementKind kind, ExecutableElement flowScope) {
    super(id, name, kind, flowScope);
  }

  @Override
  public MessageDefinition message() {
    return message;
  }
}
