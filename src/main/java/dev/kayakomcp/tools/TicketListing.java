package dev.kayakomcp.tools;

import dev.kayakomcp.client.KayakoApiException;
import dev.kayakomcp.client.TicketQuery;
import dev.kayakomcp.model.Ticket;
import java.util.List;
import java.util.OptionalLong;

/**
 * Reads pages of the tickets a {@link TicketFilter} selects, at Kayako's minimum. A filter Kayako
 * applies itself costs one ListAll request, plus a count only when the page cannot tell the total.
 * A filter it cannot (a time window, organisation, priority, type, tag) is a scan: rows are read in
 * order in pages of up to {@value #SCAN_PAGE}, checked here, and the scan is kept ({@link
 * TicketScans}) so the next page continues where reading stopped. With a time window rows are read
 * newest first by the window's time and reading stops at the window's lower bound.
 */
public final class TicketListing {

  /** Rows per ListAll request while scanning (Kayako has no page limit; this bounds one answer). */
  public static final int SCAN_PAGE = 1_000;

  /** At most this many rows are read for one page. */
  public static final int MAX_SCAN = 5_000;

  /** The first scan request reads at least this many rows (twice what the page needs). */
  private static final int FIRST_SCAN_PAGE = 100;

  /**
   * One page: up to limit + 1 tickets (one beyond the page proves has_more) and the total, exact
   * when known, else {@code atLeast} is a lower bound and {@code scanLimited} says reading stopped
   * at {@link #MAX_SCAN}.
   */
  public record Page(List<Ticket> found, OptionalLong total, int atLeast, boolean scanLimited) {}

  private TicketListing() {}

  /**
   * The order a listing is read in: with a time window, newest first by the window's time (last
   * activity when an updated_* bound is given, else creation); otherwise as asked.
   */
  public static String windowField(TimeWindow window) {
    return window.filtersUpdated() ? "lastactivity" : "dateline";
  }

  /**
   * Tickets {@code offset} to {@code offset + limit} (plus one) of the filter, in the order asked;
   * a time window imposes its own order (see {@link #windowField}).
   */
  public static Page page(
      ToolContext context,
      TicketFilter filter,
      String sortField,
      TicketQuery.SortOrder order,
      int offset,
      int limit)
      throws KayakoApiException {
    if (!filter.window().isEmpty()) {
      sortField = windowField(filter.window());
      order = TicketQuery.SortOrder.DESC;
    }
    TicketQuery query =
        filter.query().sortedBy(sortField.equals("ticketid") ? null : sortField, order);
    return filter.filtersLocally()
        ? scan(context, filter, query, offset, limit)
        : direct(context, filter, query, offset, limit);
  }

  /**
   * The first {@code max} tickets of the filter, newest activity first (a time window orders by its
   * own time), plus one more when there are more: what a report or bulk tool reads before loading
   * each ticket with {@link TicketLoader#loadAll}.
   */
  public static Page first(ToolContext context, TicketFilter filter, int max)
      throws KayakoApiException {
    return page(context, filter, "lastactivity", TicketQuery.SortOrder.DESC, 0, max);
  }

  private static Page direct(
      ToolContext context, TicketFilter filter, TicketQuery query, int offset, int limit)
      throws KayakoApiException {
    List<Ticket> found = context.client().listTickets(query.page(limit + 1, offset));
    // A page that is not full, or the first empty page past the end, tells the total itself.
    OptionalLong total =
        found.size() > limit || (found.isEmpty() && offset > 0)
            ? context.client().countTickets(filter.query())
            : OptionalLong.of(offset + found.size());
    return new Page(found, total, 0, false);
  }

  private static Page scan(
      ToolContext context, TicketFilter filter, TicketQuery query, int offset, int limit)
      throws KayakoApiException {
    TimeWindow window = filter.window();
    boolean updated = window.filtersUpdated();
    // Last activity is never before creation, so a created_since bound also ends a read by
    // last activity.
    Long lower =
        window.isEmpty()
            ? null
            : updated
                ? latest(window.updatedSince(), window.createdSince())
                : window.createdSince();
    int need = offset + limit + 1;
    TicketScans.Key key =
        new TicketScans.Key(
            filter, String.valueOf(query.sortField()), String.valueOf(query.sortOrder()));
    // A first page reads afresh, so it never shows what an earlier listing saw; later pages
    // continue the scan their first page started.
    TicketScans.Scan scan =
        offset == 0 ? context.ticketScans().fresh(key) : context.ticketScans().get(key);
    synchronized (scan) {
      int readNow = 0;
      while (!scan.complete && scan.matched.size() < need && readNow < MAX_SCAN) {
        int size =
            scan.scanned == 0
                ? Math.min(SCAN_PAGE, Math.max(FIRST_SCAN_PAGE, 2 * need))
                : SCAN_PAGE;
        List<Ticket> rows = context.client().listTickets(query.page(size, scan.scanned));
        for (Ticket t : rows) {
          long at = updated ? t.lastActivity() : t.creationTime();
          if (lower != null && at < lower) {
            scan.complete = true;
            break;
          }
          if (filter.matchesLocally(t)) {
            scan.matched.add(t);
          }
        }
        scan.scanned += rows.size();
        readNow += rows.size();
        scan.complete |= rows.size() < size;
      }
      context.ticketScans().touch(key, scan);
      int n = scan.matched.size();
      List<Ticket> found =
          List.copyOf(scan.matched.subList(Math.min(offset, n), Math.min(n, need)));
      return scan.complete
          ? new Page(found, OptionalLong.of(n), 0, false)
          : new Page(found, OptionalLong.empty(), n, n < need);
    }
  }

  private static Long latest(Long a, Long b) {
    return a == null ? b : b == null ? a : Long.valueOf(Math.max(a, b));
  }
}
