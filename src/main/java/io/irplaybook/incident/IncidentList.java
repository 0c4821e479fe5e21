package io.irplaybook.incident;

import java.util.List;

/** One page of incidents and how many match in all. */
public record IncidentList(List<IncidentView> items, int page, int size, long total) {

  public int pages() {
    return size == 0 ? 0 : (int) ((total + size - 1) / size);
  }

  public boolean hasNext() {
    return page + 1 < pages();
  }

  public boolean hasPrevious() {
    return page > 0;
  }
}
