package io.irplaybook.engine.model;

import io.irplaybook.engine.expression.Expression;
import java.util.ArrayList;
import java.util.List;

/**
 * A flow node, sub-process or process compiled for execution. Built once per deployment by {@link
 * ProcessCompiler} and never changed afterwards.
 */
public final class ExecutableElement {

  private final String id;
  private final String name;
  private final ElementKind kind;
  private final ExecutableElement flowScope;
  final List<ExecutableFlow> incoming = new ArrayList<>();
  final List<ExecutableFlow> outgoing = new ArrayList<>();
  final List<ExecutableElement> boundaryEvents = new ArrayList<>();
  ExecutableFlow defaultFlow;
  List<VariableMapping> inputMappings = List.of();
  List<VariableMapping> outputMappings = List.of();
  JobDefinition jobDefinition;
  UserTaskDefinition userTaskDefinition;
  ExecutableElement noneStartEvent;
  ExecutableElement attachedTo;
  String errorCode;
  CalledDecision calledDecision;
  CalledElement calledElement;
  LoopDefinition loop;
  ExecutableElement innerActivity;
  EventTrigger trigger = EventTrigger.NONE;
  boolean interrupting = true;
  TimerDefinition timer;
  MessageDefinition message;
  Expression signalName;

  ExecutableElement(String id, String name, ElementKind kind, ExecutableElement flowScope) {
    this.id = id;
    this.name = name;
    this.kind = kind;
    this.flowScope = flowScope;
  }

  public String id() {
    return id;
  }

  public String name() {
    return name;
  }

  public ElementKind kind() {
    return kind;
  }

  /** The enclosing sub-process or process; null for the process itself. */
  public ExecutableElement flowScope() {
    return flowScope;
  }

  public List<ExecutableFlow> incoming() {
    return incoming;
  }

  public List<ExecutableFlow> outgoing() {
    return outgoing;
  }

  /** Boundary events attached to this activity (error, timer, ...). */
  public List<ExecutableElement> boundaryEvents() {
    return boundaryEvents;
  }

  public ExecutableFlow defaultFlow() {
    return defaultFlow;
  }

  public List<VariableMapping> inputMappings() {
    return inputMappings;
  }

  public List<VariableMapping> outputMappings() {
    return outputMappings;
  }

  public JobDefinition jobDefinition() {
    return jobDefinition;
  }

  /** For Camunda user tasks: assignment, schedule, priority, form and headers. */
  public UserTaskDefinition userTaskDefinition() {
    return userTaskDefinition;
  }

  /** For containers: the none start event a new instance begins at. */
  public ExecutableElement noneStartEvent() {
    return noneStartEvent;
  }

  /** For boundary events: the activity the event is attached to. */
  public ExecutableElement attachedTo() {
    return attachedTo;
  }

  /** For error boundary events: the error code caught, or null to catch every error. */
  public String errorCode() {
    return errorCode;
  }

  /** For catch events: what the event waits for. */
  public EventTrigger trigger() {
    return trigger;
  }

  /** For boundary events: whether triggering it cancels the activity (cancelActivity). */
  public boolean interrupting() {
    return interrupting;
  }

  /** For timer events: when it fires. */
  public TimerDefinition timer() {
    return timer;
  }

  /** For message events and receive tasks: the message waited for. */
  public MessageDefinition message() {
    return message;
  }

  /** For signal events: the signal's name (static or FEEL). */
  public Expression signalName() {
    return signalName;
  }

  /** For business rule tasks that call a decision. */
  public CalledDecision calledDecision() {
    return calledDecision;
  }

  /** For call activities: the process to call and how variables cross. */
  public CalledElement calledElement() {
    return calledElement;
  }

  /** For multi-instance bodies: the loop definition. */
  public LoopDefinition loop() {
    return loop;
  }

  /**
   * For multi-instance bodies: the activity run once per item. It shares the body's id, as in
   * Zeebe, so its jobs and incidents name the element the modeller drew.
   */
  public ExecutableElement innerActivity() {
    return innerActivity;
  }

  @Override
  public String toString() {
    return kind + "[" + id + "]";
  }
}
