package dev.kayakomcp.tools;

import dev.kayakomcp.client.KayakoApiException;
import dev.kayakomcp.client.SearchFlag;
import dev.kayakomcp.client.TicketQuery;
import dev.kayakomcp.model.Ticket;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

/**
 * The tickets a themes answer is about, newest first, and those of the window of equal length
 * before them (for the trend). Rows come from ListAll pages (or one search, whose tickets carry
 * their posts); ListAll rows are then read through the ticket loader, side by side, for their
 * posts.
 *
 * @param current the set, newest first, with posts
 * @param previous the previous window's tickets (rows without posts)
 * @param windowStart start of the set's window (Unix seconds)
 * @param windowEnd end of the set's window
 * @param more whether more tickets matched than were read
 * @param searchCapped whether the query's search returned as many tickets as Kayako's limit
 */
record ThemeSet(
    List<Ticket> current,
    List<Ticket> previous,
    long windowStart,
    long windowEnd,
    boolean more,
    boolean searchCapped) {

  private static final int PAGE = 1_000;
  private static final int MAX_ROWS = 10_000;

  static ThemeSet read(ToolContext context, TicketFilter filter, String query, int maxTickets)
      throws KayakoApiException {
    TimeWindow window = filter.window();
    long now = context.clock().instant().getEpochSecond();
    TicketFilter noWindow = withoutWindow(filter);
    List<Ticket> rows = new ArrayList<>();
    boolean capped = false;
    if (query != null) {
      List<Ticket> found =
          context
              .client()
              .searchTickets(query, EnumSet.of(SearchFlag.CONTENTS, SearchFlag.TICKET_ID));
      capped = found.size() >= context.searchCache().resultLimit();
      for (Ticket t : found) {
        if (noWindow.matches(t)) {
          rows.add(t);
        }
      }
      rows.sort(Comparator.comparingLong(Ticket::creationTime).reversed());
    } else {
      rows = scan(context, noWindow, window, maxTickets);
    }
    List<Ticket> inWindow = rows.stream().filter(window::matches).toList();
    List<Ticket> chosen = inWindow.subList(0, Math.min(maxTickets, inWindow.size()));
    long end = window.createdBefore() != null ? window.createdBefore() : now;
    long start =
        window.createdSince() != null
            ? window.createdSince()
            : chosen.isEmpty() ? end : chosen.get(chosen.size() - 1).creationTime();
    long length = Math.max(1, end - start);
    List<Ticket> previous =
        rows.stream()
            .filter(t -> t.creationTime() < start && t.creationTime() >= start - length)
            .toList();
    // Search results already carry their posts; ListAll rows do not, so those are read.
    List<Ticket> read = query != null ? chosen : TicketReads.withPosts(context, chosen);
    return new ThemeSet(read, previous, start, end, inWindow.size() > chosen.size(), capped);
  }

  /** ListAll rows, newest created first, until the previous window is covered. */
  private static List<Ticket> scan(
      ToolContext context, TicketFilter filter, TimeWindow window, int maxTickets)
      throws KayakoApiException {
    List<Ticket> rows = new ArrayList<>();
    int scanned = 0;
    int inWindow = 0;
    Long lower = null;
    while (scanned < MAX_ROWS) {
      TicketQuery q =
          filter.query().page(PAGE, scanned).sortedBy("dateline", TicketQuery.SortOrder.DESC);
      List<Ticket> page = context.client().listTickets(q);
      for (Ticket t : page) {
        if (!filter.matchesLocally(t)) {
          continue;
        }
        if (lower != null && t.creationTime() < lower) {
          return rows;
        }
        rows.add(t);
        if (window.matches(t) && ++inWindow == maxTickets && lower == null) {
          long end =
              window.createdBefore() != null
                  ? window.createdBefore()
                  : context.clock().instant().getEpochSecond();
          long start = window.createdSince() != null ? window.createdSince() : t.creationTime();
          lower = start - (end - start);
        }
      }
      if (lower == null && window.createdSince() != null) {
        long end =
            window.createdBefore() != null
                ? window.createdBefore()
                : context.clock().instant().getEpochSecond();
        lower = window.createdSince() - (end - window.createdSince());
      }
      scanned += page.size();
      if (page.size() < PAGE) {
        break;
      }
    }
    return rows;
  }

  private static TicketFilter withoutWindow(TicketFilter f) {
    return f.withWindow(new TimeWindow(null, null, null, null));
  }
}
