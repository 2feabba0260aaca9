package dev.kayakomcp.format;

import dev.kayakomcp.model.Ticket;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer of a ticket listing: the filter in words, the order, the page of tickets and how to
 * get the next one.
 *
 * @param tool the tool whose next call the answer names
 * @param filters the filter in words
 * @param sortField the order rows were read in
 * @param sortOrder ASC or DESC
 * @param serverTime now, as the answer states it
 * @param timeWindow the window's bounds for structured content, or null
 * @param found up to limit + 1 tickets (one beyond the page proves has_more)
 * @param total the exact total, or null when unknown
 * @param atLeast a lower bound on the total when it is unknown (0: none)
 * @param scanStoppedAt rows read before giving up on a page (0: reading was not cut)
 * @param offset the page's first row
 * @param limit the page size asked
 * @param nextArguments the arguments of the next call, without offset
 */
public record TicketListView(
    String tool,
    String filters,
    String sortField,
    String sortOrder,
    String serverTime,
    Map<String, Object> timeWindow,
    List<Ticket> found,
    Long total,
    int atLeast,
    int scanStoppedAt,
    int offset,
    int limit,
    Map<String, Object> nextArguments,
    TicketView view) {

  private List<Ticket> tickets() {
    return found.size() > limit ? found.subList(0, limit) : found;
  }

  /** How many tickets the budget may cut. */
  public int items() {
    return tickets().size();
  }

  private boolean hasMore(int shown) {
    return found.size() > limit || shown < tickets().size();
  }

  public String markdown(int shown) {
    List<Ticket> tickets = tickets();
    if (tickets.isEmpty()) {
      return "No tickets found matching criteria: "
          + filters
          + (offset > 0 ? " (offset " + offset + " is past the end)" : "")
          + ". Server time: "
          + serverTime
          + ".\n";
    }
    StringBuilder sb = new StringBuilder("# Tickets\n\n");
    sb.append("Filters: ").append(filters).append(". Sorted by ").append(sortField).append(' ');
    sb.append(sortOrder).append(". Server time: ").append(serverTime).append(".\n");
    sb.append("Showing ").append(offset + 1).append("–").append(offset + shown);
    if (total != null) {
      sb.append(" of ").append(total);
    } else if (atLeast > 0) {
      sb.append(" of at least ").append(atLeast);
    }
    sb.append(".\n");
    if (scanStoppedAt > 0) {
      sb.append("Stopped after reading ")
          .append(scanStoppedAt)
          .append(" tickets for this page; narrow the filter or the time window for the rest.\n");
    }
    sb.append('\n');
    tickets.subList(0, shown).forEach(t -> sb.append(view.summaryMarkdown(t)).append('\n'));
    if (hasMore(shown)) {
      Map<String, Object> next = new LinkedHashMap<>(nextArguments);
      next.put("offset", offset + shown);
      sb.append(Paging.more("tickets", tool, next, shown < tickets.size() ? shown : 0));
    }
    return sb.toString();
  }

  public Map<String, Object> structured(int shown) {
    List<Ticket> tickets = tickets();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("filters", filters);
    m.put("sort_field", sortField);
    m.put("sort_order", sortOrder);
    m.put("server_time", serverTime);
    m.put("time_window", timeWindow);
    m.put(
        "tickets", tickets.subList(0, shown).stream().map(t -> (Object) view.summary(t)).toList());
    Map<String, Object> paging = new LinkedHashMap<>();
    paging.put("offset", offset);
    paging.put("limit", limit);
    paging.put("returned", shown);
    paging.put("total", total);
    paging.put("has_more", hasMore(shown));
    paging.put("next_offset", hasMore(shown) ? offset + shown : null);
    paging.put("truncated_by_size", shown < tickets.size());
    m.put("paging", paging);
    m.put("total_at_least", total == null && atLeast > 0 ? (Object) atLeast : null);
    return m;
  }
}
