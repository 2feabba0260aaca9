package dev.kayakomcp.tools;

import dev.kayakomcp.client.KayakoApiException;
import dev.kayakomcp.client.SearchFlag;
import dev.kayakomcp.format.Snippets;
import dev.kayakomcp.model.Ticket;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One Kayako search per query and areas: Kayako's search has no paging, so the whole result is read
 * once (one request), sorted newest activity first and kept in {@link SearchResultCache}, and later
 * pages are served from it (no request).
 */
final class TicketSearch {

  private TicketSearch() {}

  /** The hits of a search, newest activity first; from the cache when it holds them. */
  static List<SearchHit> hits(ToolContext context, String query, Set<SearchFlag> flags)
      throws KayakoApiException {
    Set<String> flagNames = new TreeSet<>();
    flags.forEach(f -> flagNames.add(f.name()));
    SearchResultCache.Key key = new SearchResultCache.Key(query, flagNames);
    List<SearchHit> cached = context.searchCache().get(key);
    if (cached != null) {
      return cached;
    }
    List<SearchHit> hits = new ArrayList<>();
    for (Ticket t : context.client().searchTickets(query, flags)) {
      // Posts are only needed for the excerpt; keeping them would hold every conversation in
      // memory.
      hits.add(new SearchHit(t.withPosts(null), Snippets.find(t, query)));
    }
    hits.sort(
        Comparator.comparingLong((SearchHit h) -> h.ticket().lastActivity())
            .reversed()
            .thenComparing(h -> h.ticket().id(), Comparator.reverseOrder()));
    context.searchCache().put(key, hits);
    return hits;
  }
}
