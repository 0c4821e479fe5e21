package io.irplaybook.engine.behavior;

import io.irplaybook.engine.expression.ExpressionLanguage;
import io.irplaybook.engine.processing.ProcessingContext;

/** The shared BPMN behaviours, wired once per engine; processors and commands use them. */
public record Behaviors(
    ProcessingContext context,
    ExpressionLanguage expressions,
    VariableBehavior variables,
    JobBehavior jobs,
    UserTaskBehavior userTasks,
    IncidentBehavior incidents,
    ElementTransitions transitions,
    ErrorCatching errors) {

  public static Behaviors wire(ProcessingContext context, ExpressionLanguage expressions) {
    VariableBehavior variables = new VariableBehavior(context, expressions);
    IncidentBehavior incidents = new IncidentBehavior(context);
    ElementTransitions transitions = new ElementTransitions(context, incidents, variables);
    return new Behaviors(
        context,
        expressions,
        variables,
        new JobBehavior(context, expressions),
        new UserTaskBehavior(context, expressions),
        incidents,
        transitions,
        new ErrorCatching(context, transitions));
  }
}
