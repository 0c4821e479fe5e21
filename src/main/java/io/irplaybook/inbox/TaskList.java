package io.irplaybook.inbox;

import java.util.List;

/** One page of tasks as a viewer sees them, and how many match in all. */
public record TaskList(List<TaskView> items, int page, int size, long total) {

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
