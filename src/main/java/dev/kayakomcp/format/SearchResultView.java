package dev.kayakomcp.format;

import dev.kayakomcp.model.Ticket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer of {@code kayako_search_tickets}: one page of hits, newest activity first, each with
 * its excerpt, and how to get the next page.
 *
 * @param query what was searched for
 * @param areas the areas searched, in words
 * @param windowNote the time filter in words ("" when none)
 * @param serverTime now, as the answer states it
 * @param timeWindow the window's bounds for structured content, or null
 * @param hits every hit after the time filter
 * @param beforeFilter how many hits Kayako returned before the time filter
 * @param mayBeCapped whether Kayako's result limit may have cut the hits
 * @param offset the page's first hit
 * @param limit the page size
 * @param nextArguments the next call's arguments, offset aside
 */
public record SearchResultView(
    String query,
    List<String> areas,
    String windowNote,
    String serverTime,
    Map<String, Object> timeWindow,
    List<Hit> hits,
    boolean mayBeCapped,
    int offset,
    int limit,
    Map<String, Object> nextArguments,
    TicketView view) {

  /** One hit: the ticket and where the query matched. */
  public record Hit(Ticket ticket, String snippet) {}

  private List<Hit> page() {
    return hits.subList(Math.min(offset, hits.size()), Math.min(hits.size(), offset + limit));
  }

  /** How many hits the budget may cut. */
  public int items() {
    return page().size();
  }

  public String markdown(int shown) {
    if (hits.isEmpty()) {
      return "No tickets found matching query: '"
          + query
          + "'"
          + windowNote
          + ". Server time: "
          + serverTime
          + ".\n";
    }
    StringBuilder sb = new StringBuilder("# Search results for '").append(query).append("'\n\n");
    sb.append("Found ").append(hits.size()).append(" tickets, newest activity first (searched: ");
    sb.append(String.join(", ", areas)).append(windowNote).append("). Server time: ");
    sb.append(serverTime).append(".\n");
    List<Hit> page = page();
    if (page.isEmpty()) {
      return sb.append("No results at offset ").append(offset).append(".\n").toString();
    }
    sb.append("Showing ").append(offset + 1).append("–").append(offset + shown).append(".\n\n");
    for (Hit hit : page.subList(0, shown)) {
      sb.append(view.summaryMarkdown(hit.ticket())).append(match(hit)).append('\n');
    }
    if (offset + shown < hits.size()) {
      Map<String, Object> next = new LinkedHashMap<>(nextArguments);
      next.put("offset", offset + shown);
      sb.append(
          Paging.more("results", "kayako_search_tickets", next, shown < page.size() ? shown : 0));
    }
    return sb.toString();
  }

  /** The excerpt line of a hit ("" when the match is not in a post or note). */
  private static String match(Hit hit) {
    return hit.snippet().isEmpty() ? "" : "- **Match:** " + hit.snippet() + "\n";
  }

  public Map<String, Object> structured(int shown) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("query", query);
    m.put("searched", areas);
    List<Object> tickets = new ArrayList<>();
    for (Hit hit : page().subList(0, shown)) {
      Map<String, Object> t = view.summary(hit.ticket());
      t.put("snippet", hit.snippet());
      tickets.add(t);
    }
    m.put("tickets", tickets);
    boolean more = offset + shown < hits.size();
    Map<String, Object> paging = new LinkedHashMap<>();
    paging.put("offset", offset);
    paging.put("limit", limit);
    paging.put("returned", shown);
    paging.put("total", hits.size());
    paging.put("has_more", more);
    paging.put("next_offset", more ? offset + shown : null);
    paging.put("truncated_by_size", shown < page().size());
    m.put("paging", paging);
    m.put("may_be_capped", mayBeCapped);
    m.put("server_time", serverTime);
    m.put("time_window", timeWindow);
    return m;
  }
}
