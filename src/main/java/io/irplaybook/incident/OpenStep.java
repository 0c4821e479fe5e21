package io.irplaybook.incident;

import java.time.Instant;
import java.util.List;

/**
 * A human step of an incident that is waiting, as the inbox sees it.
 *
 * @param taskId the inbox's id of the step
 * @param name the step's name
 * @param assignee who holds it, or null while nobody has claimed it
 * @param candidateGroups the roles that may take it
 * @param dueDate when it is due, or null
 */
public record OpenStep(
    String taskId, String name, String assignee, List<String> candidateGroups, Instant dueDate) {}
