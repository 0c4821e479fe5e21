package io.irplaybook.incident.service;

import io.irplaybook.incident.Incident;
import io.irplaybook.incident.IncidentProblem;
import io.irplaybook.incident.IncidentReader;
import io.irplaybook.incident.IncidentStatus;
import io.irplaybook.incident.IncidentView;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
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
}
