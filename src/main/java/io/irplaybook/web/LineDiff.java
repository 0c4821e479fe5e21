package io.irplaybook.web;

import java.util.ArrayList;
import java.util.List;

/**
 * A line-by-line difference of two texts (longest common subsequence), for the draft review page:
 * which lines the newer version removed and added. Drafts are short, so the quadratic table is
 * fine; past {@link #MAX_LINES} lines it shows the whole change as removed and added.
 */
final class LineDiff {

  static final int MAX_LINES = 2_000;

  /** One line of the difference: {@code same}, {@code removed} or {@code added}. */
  public record Line(String kind, String text) {}

  private LineDiff() {}

  static List<Line> of(String before, String after) {
    List<String> a = before == null ? List.of() : before.lines().toList();
    List<String> b = after == null ? List.of() : after.lines().toList();
    List<Line> out = new ArrayList<>();
    if (a.size() > MAX_LINES || b.size() > MAX_LINES) {
      a.forEach(l -> out.add(new Line("removed", l)));
      b.forEach(l -> out.add(new Line("added", l)));
      return out;
    }
    int[][] common = new int[a.size() + 1][b.size() + 1];
    for (int i = a.size() - 1; i >= 0; i--) {
      for (int j = b.size() - 1; j >= 0; j--) {
        common[i][j] =
            a.get(i).equals(b.get(j))
                ? common[i + 1][j + 1] + 1
                : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    int i = 0;
    int j = 0;
    while (i < a.size() && j < b.size()) {
      if (a.get(i).equals(b.get(j))) {
        out.add(new Line("same", a.get(i)));
        i++;
        j++;
      } else if (common[i + 1][j] >= common[i][j + 1]) {
        out.add(new Line("removed", a.get(i++)));
      } else {
        out.add(new Line("added", b.get(j++)));
      }
    }
    while (i < a.size()) {
      out.add(new Line("removed", a.get(i++)));
    }
    while (j < b.size()) {
      out.add(new Line("added", b.get(j++)));
    }
    return out;
  }
}
