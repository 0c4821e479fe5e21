package io.irplaybook.incident;

import java.util.Set;

/**
 * What the incident list shows: every criterion is optional (null means any).
 *
 * @param status one status, or null
 * @param tier {@code small}, {@code mid} or {@code large}, or null
 * @param scenario a scenario id, or null
 * @param organization part of the organisation's name (case-insensitive), or null
 * @param onlyIds only these incident ids (e.g. those with an overdue step), or null for any
 * @param sort {@code declaredAt}, {@code title}, {@code tier}, {@code severity}, {@code status} or
 *     {@code organization}; anything else sorts by declaration time
 * @param ascending oldest (or A to Z) first when true
 * @param page the page, from 0
 * @param size items per page, 1 to 100
 */
public record IncidentFilter(
    IncidentStatus status,
    String tier,
    String scenario,
    String organization,
    Set<String> onlyIds,
    String sort,
    boolean ascending,
    int page,
    int size) {}
