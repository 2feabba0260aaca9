package dev.kayakomcp.format;

import dev.kayakomcp.report.Aggregation;
import dev.kayakomcp.report.Dimension;
import dev.kayakomcp.report.Distribution;
import dev.kayakomcp.report.GroupKey;
import dev.kayakomcp.report.GroupStats;
import dev.kayakomcp.report.ReportResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A ticket report as a Markdown table and as structured content: one row per group with the totals
 * last, each figure beside the previous window's when compared, how many tickets the figures and
 * the response times rest on, and the definitions used.
 */
public final class ReportView {

  /** What the report covered, in words, for the heading. */
  public record About(
      String filters,
      String window,
      String previousWindow,
      String serverTime,
      int cap,
      int maxTicketsForTimes) {}

  /** The definitions behind the figures; stated in every answer. */
  public static final Map<String, String> DEFINITIONS = definitions();

  private final ReportResult result;
  private final About about;
  private final List<GroupKey> keys;
  private final Map<GroupKey, GroupStats> currentGroups;
  private final Map<GroupKey, GroupStats> previousGroups;

  public ReportView(ReportResult result, About about) {
    this.result = result;
    this.about = about;
    this.currentGroups = result.current().groups();
    this.previousGroups = result.previous() == null ? Map.of() : result.previous().groups();
    Set<GroupKey> all = new LinkedHashSet<>(currentGroups.keySet());
    all.addAll(previousGroups.keySet());
    this.keys = result.current().dimensions().isEmpty() ? List.of() : List.copyOf(all);
  }

  /** Group rows (the totals row aside), for the budget. */
  public int rows() {
    return keys.size();
  }

  public String markdown(int shown) {
    Aggregation cur = result.current();
    boolean compare = result.previous() != null;
    StringBuilder sb = new StringBuilder("# Ticket report\n\n");
    sb.append("Set: ").append(about.filters());
    sb.append(". Grouped by ")
        .append(
            cur.dimensions().isEmpty()
                ? "nothing (one row for the set)"
                : String.join(", ", cur.dimensions().stream().map(Dimension::argument).toList()))
        .append(". Server time: ")
        .append(about.serverTime())
        .append(".\n");
    if (compare) {
      sb.append("In brackets: the previous window, ").append(about.previousWindow()).append(".\n");
    }
    sb.append(coverage()).append("\n\n");
    List<String> head = new ArrayList<>();
    cur.dimensions().forEach(d -> head.add(d.title()));
    head.addAll(
        List.of(
            "Tickets",
            "Open",
            "Open age median / p90",
            "Idle (open) median",
            "Waiting on staff (longest)",
            "Overdue",
            "Escalated",
            "Replies median",
            "Worked / billable",
            "First response median / p90",
            "Resolution median / p90"));
    sb.append("| ").append(String.join(" | ", head)).append(" |\n");
    sb.append("|").append(" --- |".repeat(head.size())).append('\n');
    for (GroupKey key : keys.subList(0, shown)) {
      List<String> cells = new ArrayList<>();
      for (int i = 0; i < cur.dimensions().size(); i++) {
        cells.add(escape(label(key, i)));
      }
      cells.addAll(cells(stats(cur, key), compare ? stats(result.previous(), key) : null));
      sb.append("| ").append(String.join(" | ", cells)).append(" |\n");
    }
    List<String> total = new ArrayList<>();
    for (int i = 0; i < cur.dimensions().size(); i++) {
      total.add(i == 0 ? "**All**" : "");
    }
    if (cur.dimensions().isEmpty()) {
      total.clear();
    }
    total.addAll(cells(cur.total(), compare ? result.previous().total() : null));
    sb.append("| ").append(String.join(" | ", total)).append(" |\n");
    if (shown < keys.size()) {
      sb.append("\nOnly ")
          .append(shown)
          .append(" of ")
          .append(keys.size())
          .append(
              " groups fit in one answer (the totals cover all). Narrow the set with a filter, or"
                  + " group by fewer or coarser dimensions.\n");
    }
    sb.append("\nResponse times: ").append(timesBasis()).append('\n');
    sb.append("\nDefinitions:");
    DEFINITIONS.forEach((k, v) -> sb.append(" **").append(k).append("**: ").append(v));
    return sb.append('\n').toString();
  }

  public Map<String, Object> structured(int shown) {
    Aggregation cur = result.current();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("filters", about.filters());
    m.put("window", about.window());
    m.put("previous_window", about.previousWindow());
    m.put("group_by", cur.dimensions().stream().map(Dimension::argument).toList());
    m.put("server_time", about.serverTime());
    m.put("tickets_read", result.read().ticketsRead());
    m.put(
        "total",
        result.read().total().isPresent() ? (Object) result.read().total().getAsLong() : null);
    m.put("capped", result.read().capped());
    m.put("cap", about.cap());
    m.put("kayako_requests", result.requests());
    m.put("totals", figures(cur.total()));
    m.put("previous_totals", result.previous() == null ? null : figures(result.previous().total()));
    List<Object> groups = new ArrayList<>();
    for (GroupKey key : keys.subList(0, shown)) {
      Map<String, Object> g = new LinkedHashMap<>();
      for (int i = 0; i < cur.dimensions().size(); i++) {
        g.put(
            cur.dimensions().get(i).argument(),
            Map.of("id", key.ids().get(i), "name", label(key, i)));
      }
      g.putAll(figures(stats(cur, key)));
      if (result.previous() != null) {
        g.put("previous", figures(stats(result.previous(), key)));
      }
      groups.add(g);
    }
    m.put("groups", groups);
    m.put("groups_total", keys.size());
    m.put("groups_shown", shown);
    m.put("times_based_on", timesBasis());
    m.put("definitions", DEFINITIONS);
    return m;
  }

  /** How much of the set was read, and whether the cap stopped it. */
  private String coverage() {
    var read = result.read();
    String s =
        "Figures over "
            + String.format(Locale.ROOT, "%,d", result.current().total().count())
            + " tickets of the set ("
            + String.format(Locale.ROOT, "%,d", read.ticketsRead())
            + " read, "
            + result.requests()
            + " Kayako requests).";
    if (read.capped()) {
      s +=
          " **Cap reached**: reading stopped after "
              + String.format(Locale.ROOT, "%,d", about.cap())
              + " tickets"
              + (read.total().isPresent()
                  ? " of " + String.format(Locale.ROOT, "%,d", read.total().getAsLong())
                  : "")
              + " (the newest first), so the figures cover only those. Narrow the set (department,"
              + " status, a created or updated window) or raise the cap (--report-max-tickets).";
    }
    return s;
  }

  private String timesBasis() {
    GroupStats t = result.current().total();
    String s =
        "first response over the "
            + t.timedTickets()
            + " newest tickets of the set (at most max_tickets_for_times = "
            + about.maxTicketsForTimes()
            + "; each one's conversation read), "
            + t.firstResponse().size()
            + " of them answered by staff; resolution time over all "
            + t.resolution().size()
            + " resolved tickets of the set, from the list.";
    if (t.timedTickets() == 0) {
      s += " Pass max_tickets_for_times > 0 for first response times.";
    }
    return s;
  }

  private String label(GroupKey key, int index) {
    String s = result.current().label(key, index);
    if (s.equals(key.ids().get(index)) && result.previous() != null) {
      s = result.previous().label(key, index);
    }
    return s;
  }

  private GroupStats stats(Aggregation a, GroupKey key) {
    GroupStats g = (a == result.current() ? currentGroups : previousGroups).get(key);
    return g == null ? new GroupStats() : g;
  }

  private static List<String> cells(GroupStats g, GroupStats prev) {
    List<String> c = new ArrayList<>();
    c.add(cell(g, prev, s -> num(s.count())));
    c.add(cell(g, prev, s -> num(s.unresolved())));
    c.add(cell(g, prev, s -> pair(s.openAge())));
    c.add(cell(g, prev, s -> span(s.sinceActivity().median())));
    c.add(
        cell(
            g,
            prev,
            s -> num(s.waiting()) + (s.waiting() > 0 ? " (" + span(s.longestWait()) + ")" : "")));
    c.add(cell(g, prev, s -> num(s.overdue())));
    c.add(cell(g, prev, s -> num(s.escalated())));
    c.add(cell(g, prev, s -> s.replies().median() == null ? "–" : num(s.replies().median())));
    c.add(cell(g, prev, s -> Durations.human(s.worked()) + " / " + Durations.human(s.billable())));
    c.add(cell(g, prev, s -> pair(s.firstResponse())));
    c.add(cell(g, prev, s -> pair(s.resolution())));
    return c;
  }

  private static String cell(GroupStats g, GroupStats prev, Function<GroupStats, String> f) {
    return prev == null ? f.apply(g) : f.apply(g) + " (" + f.apply(prev) + ")";
  }

  private static String pair(Distribution d) {
    return d.size() == 0 ? "–" : span(d.median()) + " / " + span(d.p90());
  }

  private static String span(Long seconds) {
    return seconds == null ? "–" : Durations.span(seconds);
  }

  private static String num(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  private static String escape(String s) {
    return s.replace("|", "\\|").replace("\n", " ");
  }

  private static Map<String, Object> figures(GroupStats g) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("count", g.count());
    m.put("unresolved", g.unresolved());
    m.put("open_age_median_seconds", g.openAge().median());
    m.put("open_age_p90_seconds", g.openAge().p90());
    m.put("since_activity_median_seconds", g.sinceActivity().median());
    m.put("waiting_on_staff", g.waiting());
    m.put("longest_wait_seconds", g.waiting() > 0 ? g.longestWait() : null);
    m.put("overdue", g.overdue());
    m.put("escalated", g.escalated());
    m.put("replies_median", g.replies().median());
    m.put("worked_seconds", g.worked());
    m.put("billable_seconds", g.billable());
    m.put("first_response", times(g.firstResponse(), g.timedTickets()));
    m.put("resolution", times(g.resolution(), g.resolution().size()));
    return m;
  }

  private static Map<String, Object> times(Distribution d, int basedOn) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("median_seconds", d.median());
    m.put("p90_seconds", d.p90());
    m.put("mean_seconds", d.mean());
    m.put("with_value", d.size());
    m.put("based_on", basedOn);
    return m;
  }

  private static Map<String, String> definitions() {
    Map<String, String> d = new LinkedHashMap<>();
    d.put("Open", "tickets in a status not marked resolved.");
    d.put("Open age", "now minus creation, open tickets only.");
    d.put("Idle", "now minus last activity, open tickets only.");
    d.put(
        "Waiting on staff",
        "open tickets whose customer (or CC) wrote after the last public staff reply; longest ="
            + " the longest such wait.");
    d.put("Overdue", "open tickets whose next-reply or resolution due time has passed.");
    d.put("Escalated", "tickets Kayako flags as escalated.");
    d.put("Worked / billable", "sums of the tickets' time-tracking entries.");
    d.put(
        "First response",
        "creation to the first public staff post after the opening post (private staff posts"
            + " skipped).");
    d.put("Resolution", "creation to last activity, tickets in resolved statuses.");
    d.put("Median / p90", "by nearest rank; durations as d/h/m.");
    return d;
  }
}
