package io.irplaybook.engine.behavior;

import io.irplaybook.engine.model.ElementKind;
import io.irplaybook.engine.model.EventTrigger;
import io.irplaybook.engine.model.ExecutableCatchEvent;
import io.irplaybook.engine.model.ExecutableElement;
import io.irplaybook.engine.processing.ProcessingContext;
import io.irplaybook.engine.state.DeployedProcess;
import io.irplaybook.engine.state.event.MessageStartCorrelated;
import io.irplaybook.engine.state.event.MessageStartReleased;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Message start events of the latest process versions. As Zeebe documents it, a message with a
 * correlation key does not start a second instance of a process while one it started with the same
 * key is still active.
 */
public final class MessageStartEvents {

  private final Behaviors behaviors;

  public MessageStartEvents(Behaviors behaviors) {
    this.behaviors = behaviors;
  }

  /** Frees the correlation key when an instance a message started ends; hooked into leaving. */
  public static void install(Behaviors behaviors) {
    behaviors
        .transitions()
        .onLeave(
            instance -> {
              ProcessingContext context = behaviors.context();
              if (instance.isProcessInstance()
                  && context.state().messages().startedByMessage(instance.key())) {
                context.emit(new MessageStartReleased(instance.key()));
              }
            });
  }

  /**
   * Starts one instance per process whose message start event waits for the message; returns their
   * keys.
   */
  public List<Long> start(
      String messageName, String correlationKey, Map<String, Object> variables) {
    ProcessingContext context = behaviors.context();
    List<Long> started = new ArrayList<>();
    for (DeployedProcess process : context.state().processes().latestOfEach()) {
      ExecutableCatchEvent startEvent = startEventFor(process, messageName);
      if (startEvent == null) {
        continue;
      }
      boolean keyed = !correlationKey.isEmpty();
      if (keyed
          && context.state().messages().startedInstance(process.bpmnProcessId(), correlationKey)
              >= 0) {
        continue;
      }
      long key = context.nextKey();
      if (keyed) {
        context.emit(new MessageStartCorrelated(process.bpmnProcessId(), correlationKey, key));
      }
      behaviors.transitions().startProcessAt(startEvent, process, key, variables);
      started.add(key);
    }
    return started;
  }

  private static ExecutableCatchEvent startEventFor(DeployedProcess process, String messageName) {
    ExecutableElement root = process.executable().root();
    return process.executable().elements().values().stream()
        .filter(ExecutableCatchEvent.class::isInstance)
        .map(ExecutableCatchEvent.class::cast)
        .filter(
            e ->
                e.kind() == ElementKind.START_EVENT
                    && e.trigger() == EventTrigger.MESSAGE
                    && e.flowScope() == root)
        .filter(
            e ->
                e.message() != null
                    && e.message().name().isStatic()
                    && messageName.equals(e.message().name().source()))
        .findFirst()
        .orElse(null);
  }
}
