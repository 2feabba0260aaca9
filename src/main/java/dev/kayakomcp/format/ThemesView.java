package dev.kayakomcp.format;

import dev.kayakomcp.model.Ticket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders the common issues of a ticket set, one section per theme. */
public final class ThemesView {

  /**
   * One theme.
   *
   * @param label what the tickets are about (from their text, never their tags)
   * @param count tickets in the theme
   * @param share of the tickets read, 0–1
   * @param unresolved how many are not resolved
   * @param previous tickets of the previous window of equal length that look alike (by subject)
   * @param examples up to three tickets, newest first
   * @param resolution the most common last staff reply of its resolved tickets ("" when none)
   * @param resolutionCount how many resolved tickets ended with (nearly) that reply
   * @param resolved how many of its tickets are resolved
   * @param tags the most common tags of its tickets, as context
   */
  public record Theme(
      String label,
      int count,
      double share,
      int unresolved,
      int previous,
      List<Ticket> examples,
      String resolution,
      int resolutionCount,
      int resolved,
      List<String> tags) {}

  /** What was read: the set, how many, the windows. */
  public record Scope(
      String filters, int read, boolean more, String window, String previousWindow, int grouped) {}

  private ThemesView() {}

  public static String markdown(Scope scope, List<Theme> themes, int shown) {
    StringBuilder sb = new StringBuilder("# Common issues\n\n");
    sb.append("Tickets: ")
        .append(scope.filters())
        .append(". Read ")
        .append(scope.read())
        .append(" tickets, newest first")
        .append(scope.more() ? " (more matched: raise max_tickets to read more)" : "")
        .append("; ")
        .append(scope.grouped())
        .append(" fall into the themes below. Window: ")
        .append(scope.window())
        .append("; trend against ")
        .append(scope.previousWindow())
        .append(" (earlier tickets matched to themes by subject). ")
        .append(Untrusted.NOTICE)
        .append("\n\n");
    int i = 1;
    for (Theme t : themes.subList(0, shown)) {
      sb.append("## ").append(i++).append(". ").append(t.label()).append("\n\n");
      sb.append("- **Tickets:** ")
          .append(t.count())
          .append(" (")
          .append(Math.round(t.share() * 1000) / 10.0)
          .append("%), ")
          .append(t.unresolved())
          .append(" unresolved\n");
      sb.append("- **Trend:** ").append(trend(t)).append('\n');
      sb.append("- **Examples:** ");
      List<String> ex = new ArrayList<>();
      t.examples().forEach(e -> ex.add(e.displayId() + " " + e.subject()));
      sb.append(String.join("; ", ex)).append('\n');
      if (!t.tags().isEmpty()) {
        sb.append("- **Tags (context):** ").append(String.join(", ", t.tags())).append('\n');
      }
      if (!t.resolution().isEmpty()) {
        sb.append("- **Most common resolution** (")
            .append(t.resolutionCount())
            .append(" of ")
            .append(t.resolved())
            .append(" resolved):\n")
            .append(Untrusted.fence(SimilarTicketsView.excerpt(t.resolution())))
            .append('\n');
      }
      sb.append('\n');
    }
    if (shown < themes.size()) {
      sb.append("Only ").append(shown).append(" themes fit in one answer; lower max_themes.\n");
    }
    return sb.toString();
  }

  public static Map<String, Object> structured(Scope scope, List<Theme> themes, int shown) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("filters", scope.filters());
    m.put("tickets_read", scope.read());
    m.put("more_matched", scope.more());
    m.put("tickets_in_themes", scope.grouped());
    m.put("window", scope.window());
    m.put("previous_window", scope.previousWindow());
    List<Object> out = new ArrayList<>();
    for (Theme t : themes.subList(0, shown)) {
      Map<String, Object> tm = new LinkedHashMap<>();
      tm.put("label", t.label());
      tm.put("count", t.count());
      tm.put("share", Math.round(t.share() * 1000) / 1000.0);
      tm.put("unresolved", t.unresolved());
      tm.put("previous_window_count", t.previous());
      tm.put("trend", trend(t));
      List<Object> ex = new ArrayList<>();
      for (Ticket e : t.examples()) {
        ex.add(Map.of("id", e.id(), "display_id", e.displayId(), "subject", e.subject()));
      }
      tm.put("examples", ex);
      tm.put("tags", t.tags());
      tm.put("resolution", SimilarTicketsView.excerpt(t.resolution()));
      tm.put("resolution_count", t.resolutionCount());
      tm.put("resolved", t.resolved());
      tm.put("untrusted", true);
      out.add(tm);
    }
    m.put("themes", out);
    m.put("truncated_by_size", shown < themes.size());
    return m;
  }

  private static String trend(Theme t) {
    if (t.previous() == 0) {
      return t.count() + " now, none alike in the previous window";
    }
    long pct = Math.round(100.0 * (t.count() - t.previous()) / t.previous());
    return t.previous() + " → " + t.count() + " (" + (pct >= 0 ? "+" : "") + pct + "%)";
  }
}
