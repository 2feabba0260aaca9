package dev.kayakomcp.format;

import dev.kayakomcp.model.Ticket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer of {@code kayako_search_tickets}: one page of hits, most relevant or newest activity
 * first, each with its best-matching passage fenced as customer text, whether Kayako's search limit
 * cut the search short, and how to get the next page.
 *
 * @param query what was searched for
 * @param order the hits' order, in words ("most relevant first")
 * @param sort the order's argument value (relevance or activity)
 * @param areas the areas searched, in words
 * @param windowNote the time filter in words ("" when none)
 * @param serverTime now, as the answer states it
 * @param timeWindow the window's bounds for structured content, or null
 * @param hits every hit after the time filter
 * @param beforeFilter how many hits Kayako returned before the time filter
 * @param cap whether Kayako's result limit cut the search short, and what was recovered
 * @param offset the page's first hit
 * @param limit the page size
 * @param nextArguments the next call's arguments, offset aside
 */
public record SearchResultView(
    String query,
    String order,
    String sort,
    List<String> areas,
    String windowNote,
    String serverTime,
    Map<String, Object> timeWindow,
    List<Hit> hits,
    SearchCap cap,
    int offset,
    int limit,
    Map<String, Object> nextArguments,
    TicketView view) {

  /** One hit: the ticket, its best-matching passage and its BM25 score. */
  public record Hit(Ticket ticket, String snippet, double score) {}

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
          + ".\n"
          + (cap.reached() ? cap.sentence() + "\n" : "");
    }
    StringBuilder sb = new StringBuilder("# Search results for '").append(query).append("'\n\n");
    sb.append("Found ").append(hits.size()).append(" tickets, ").append(order);
    sb.append(" (searched: ");
    sb.append(String.join(", ", areas)).append(windowNote).append("). Server time: ");
    sb.append(serverTime).append(".\n");
    if (cap.reached()) {
      sb.append("\n**Search limit reached.** ").append(cap.sentence()).append('\n');
    }
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

  /** The excerpt of a hit, fenced ("" when the match is not in a post or note). */
  private static String match(Hit hit) {
    return hit.snippet().isEmpty()
        ? ""
        : "- **Best match:**\n" + Untrusted.fence(hit.snippet()) + "\n";
  }

  public Map<String, Object> structured(int shown) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("query", query);
    m.put("searched", areas);
    m.put("sort", sort);
    List<Object> tickets = new ArrayList<>();
    for (Hit hit : page().subList(0, shown)) {
      Map<String, Object> t = view.summary(hit.ticket());
      t.put("snippet", hit.snippet());
      t.put("untrusted", true);
      t.put("score", Math.round(hit.score() * 1000) / 1000.0);
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
    m.put("may_be_capped", cap.reached());
    m.put("search_cap", cap.structured());
    m.put("server_time", serverTime);
    m.put("time_window", timeWindow);
    return m;
  }
}
