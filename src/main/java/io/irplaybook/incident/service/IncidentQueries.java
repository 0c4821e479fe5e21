package io.irplaybook.incident.service;

import io.irplaybook.incident.Incident;
import io.irplaybook.incident.IncidentFilter;
import io.irplaybook.incident.IncidentList;
import io.irplaybook.incident.IncidentProblem;
import io.irplaybook.incident.IncidentReader;
import io.irplaybook.incident.IncidentStatus;
import io.irplaybook.incident.IncidentView;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reading incidents: one by id, or a filtered page, newest first. */
@ApplicationScoped
public class IncidentQueries {

  /** One page of incidents and the total that match the filter. */
  public record PageOf(List<IncidentView> items, int page, int size, long total) {}

  private final IncidentViews views;
  private final IncidentVisibility visibility;

  IncidentQueries(IncidentViews views, IncidentVisibility visibility) {
    this.views = views;
    this.visibility = visibility;
  }

  @Transactional
  public IncidentView get(String id) {
    Incident i = Incident.findById(id);
    if (i == null) {
      throw IncidentProblem.notFound(id);
    }
    return views.of(i);
  }

  /**
   * One incident if {@code reader} may read it; 404 otherwise, worded as for an unknown id so that
   * the answer does not confirm that the incident exists.
   */
  @Transactional
  public IncidentView get(String id, IncidentReader reader) {
    Incident i = Incident.findById(id);
    if (i == null || !visibility.canSee(reader, i.id, i.declaredBy)) {
      throw IncidentProblem.notFound(id);
    }
    return views.of(i);
  }

  /** The page of incidents matching the filter among those {@code reader} may read. */
  @Transactional
  public PageOf list(
      IncidentReader reader, IncidentStatus status, String tier, String text, int page, int size) {
    List<String> where = new ArrayList<>();
    Map<String, Object> params = new HashMap<>();
    IncidentVisibility.Scope scope = visibility.scopeOf(reader);
    if (!scope.everything()) {
      if (scope.incidentIds().isEmpty()) {
        where.add("declaredBy = :reader");
      } else {
        where.add("(declaredBy = :reader or id in :steps)");
        params.put("steps", scope.incidentIds());
      }
      params.put("reader", scope.declaredBy());
    }
    if (status != null) {
      where.add("status = :status");
      params.put("status", status);
    }
    if (tier != null) {
      where.add("tier = :tier");
      params.put("tier", tier);
    }
    if (text != null && !text.isBlank()) {
      where.add("(lower(title) like :text or lower(id) like :text or lower(orgName) like :text)");
      params.put(
          "text",
          "%" + text.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%");
    }
    String query = String.join(" and ", where);
    Sort newestFirst = Sort.descending("declaredAt", "id");
    var found =
        where.isEmpty()
            ? Incident.<Incident>findAll(newestFirst)
            : Incident.<Incident>find(query, newestFirst, params);
    List<IncidentView> items =
        found.page(Page.of(page, size)).list().stream().map(views::of).toList();
    return new PageOf(items, page, size, found.count());
  }

  /** Columns a page may sort by, mapped to the entity's fields. */
  private static final Map<String, String> SORTABLE =
      Map.of(
          "declaredAt", "declaredAt",
          "title", "title",
          "tier", "tier",
          "severity", "severity",
          "status", "status",
          "organization", "orgName");

  /**
   * The incident list of the pages: more filters than the API's list, and a chosen order; only
   * incidents {@code reader} may read (need to know, as {@link #list}).
   */
  @Transactional
  public IncidentList search(IncidentFilter f, IncidentReader reader) {
    List<String> where = new ArrayList<>();
    Map<String, Object> params = new HashMap<>();
    IncidentVisibility.Scope scope = visibility.scopeOf(reader);
    if (!scope.everything()) {
      if (scope.incidentIds().isEmpty()) {
        where.add("declaredBy = :reader");
      } else {
        where.add("(declaredBy = :reader or id in :steps)");
        params.put("steps", scope.incidentIds());
      }
      params.put("reader", scope.declaredBy());
    }
    if (f.status() != null) {
      where.add("status = :status");
      params.put("status", f.status());
    }
    if (f.tier() != null && !f.tier().isBlank()) {
      where.add("tier = :tier");
      params.put("tier", f.tier());
    }
    if (f.scenario() != null && !f.scenario().isBlank()) {
      where.add("scenario = :scenario");
      params.put("scenario", f.scenario());
    }
    if (f.organization() != null && !f.organization().isBlank()) {
      where.add("lower(orgName) like :org");
      params.put(
          "org",
          "%"
              + f.organization().strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "")
              + "%");
    }
    if (f.onlyIds() != null) {
      if (f.onlyIds().isEmpty()) {
        return new IncidentList(List.of(), f.page(), f.size(), 0);
      }
      where.add("id in :ids");
      params.put("ids", f.onlyIds());
    }
    String column = SORTABLE.getOrDefault(f.sort(), "declaredAt");
    Sort order = f.ascending() ? Sort.ascending(column, "id") : Sort.descending(column, "id");
    var found =
        where.isEmpty()
            ? Incident.<Incident>findAll(order)
            : Incident.<Incident>find(String.join(" and ", where), order, params);
    int size = Math.max(1, Math.min(100, f.size()));
    int page = Math.max(0, f.page());
    List<IncidentView> items =
        found.page(Page.of(page, size)).list().stream().map(views::of).toList();
    return new IncidentList(items, page, size, found.count());
  }

  @Transactional
  public List<IncidentView> activeOrDeclaredSince(Instant since) {
    return Incident.<Incident>list(
            "declaredAt >= ?1 or status in ?2 order by declaredAt, id",
            since,
            List.of(IncidentStatus.PENDING_START, IncidentStatus.STARTING, IncidentStatus.ACTIVE))
        .stream()
        .map(views::of)
        .toList();
  }
}
