package dev.kayakomcp.tools;

import dev.kayakomcp.format.Times;
import dev.kayakomcp.model.Ticket;
import dev.kayakomcp.report.ReadOrder;
import java.util.function.Predicate;

/**
 * How a report's time window turns into reading: Kayako cannot filter by time, so a window is read
 * newest first by its own time (last activity when an updated_* bound is given, else creation) and
 * reading stops at its start, or at the previous window's start with {@code compare=previous}.
 */
final class ReportWindows {

  private ReportWindows() {}

  /** Refuses an empty window, and a comparison without a window start to measure from. */
  static void check(ReportRequest r) {
    TimeWindow w = r.filter().window();
    empty("created", w.createdSince(), w.createdBefore());
    empty("updated", w.updatedSince(), w.updatedBefore());
    if (!r.comparePrevious()) {
      return;
    }
    boolean created = w.createdSince() != null || w.createdBefore() != null;
    boolean updated = w.filtersUpdated();
    if (created == updated) {
      throw new ToolArgumentException(
          "compare=previous needs one window to shift: created_since (and optionally"
              + " created_before) or updated_since (and optionally updated_before), not "
              + (created
                  ? "both."
                  : "none. E.g. created_since=7d compares this week with the" + " week before."));
    }
    if ((updated ? w.updatedSince() : w.createdSince()) == null) {
      throw new ToolArgumentException(
          "compare=previous needs the window's start ("
              + (updated ? "updated_since" : "created_since")
              + ", e.g. 7d) to know the length of the previous window.");
    }
  }

  private static void empty(String name, Long since, Long before) {
    if (since != null && before != null && since >= before) {
      throw new ToolArgumentException(
          "The "
              + name
              + " window is empty: "
              + name
              + "_since "
              + Times.iso(since)
              + " is not before "
              + name
              + "_before "
              + Times.iso(before)
              + ". Give a start earlier than the end.");
    }
  }

  static ReadOrder order(TimeWindow w) {
    if (w.isEmpty()) {
      return ReadOrder.ID_DESC;
    }
    return w.filtersUpdated() ? ReadOrder.ACTIVITY_DESC : ReadOrder.CREATED_DESC;
  }

  /** Where reading may stop: the earliest start of the window (or the previous one). */
  static Long stopBelow(TicketFilter current, TicketFilter previous) {
    TimeWindow w = (previous != null ? previous : current).window();
    if (w.filtersUpdated()) {
      // Last activity is never before creation, so a created_since bound also ends a read by
      // last activity.
      return max(w.updatedSince(), w.createdSince());
    }
    return w.createdSince();
  }

  /** The same filter over the window of equal length just before; null without comparison. */
  static TicketFilter previous(ReportRequest r, long now) {
    if (!r.comparePrevious()) {
      return null;
    }
    TicketFilter f = r.filter();
    TimeWindow w = f.window();
    TimeWindow shifted;
    if (w.filtersUpdated()) {
      long end = w.updatedBefore() != null ? w.updatedBefore() : now;
      long length = end - w.updatedSince();
      shifted = new TimeWindow(w.updatedSince() - length, w.updatedSince(), null, null);
    } else {
      long end = w.createdBefore() != null ? w.createdBefore() : now;
      long length = end - w.createdSince();
      shifted = new TimeWindow(null, null, w.createdSince() - length, w.createdSince());
    }
    return f.withWindow(shifted);
  }

  static Predicate<Ticket> members(TicketFilter f) {
    return f == null ? null : f::matchesLocally;
  }

  private static Long max(Long a, Long b) {
    return a == null ? b : b == null ? a : Long.valueOf(Math.max(a, b));
  }
}
