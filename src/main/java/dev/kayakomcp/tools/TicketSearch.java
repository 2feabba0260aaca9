package dev.kayakomcp.tools;

import dev.kayakomcp.client.KayakoApiException;
import dev.kayakomcp.client.KayakoClient;
import dev.kayakomcp.client.SearchFlag;
import dev.kayakomcp.client.TicketQuery;
import dev.kayakomcp.format.SearchCap;
import dev.kayakomcp.format.Snippets;
import dev.kayakomcp.model.Directory;
import dev.kayakomcp.model.Ticket;
import dev.kayakomcp.text.Passages;
import dev.kayakomcp.text.TicketIndex;
import dev.kayakomcp.text.TicketText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Future;

/**
 * One Kayako search, ranked: one TicketSearch request (whose tickets carry every post, so ranking
 * costs no other request), BM25 over what came back, the best passage of each hit. When Kayako's
 * result limit cut the search short, three more requests run side by side to recover what the limit
 * lost: the exact phrase, the subjects, and the newest active tickets whose subject matches. The
 * result is cached, so later pages cost no request.
 */
final class TicketSearch {

  /** How many of the newest active tickets are read for subject matches when the limit is hit. */
  static final int NEWEST_SCAN = 100;

  private TicketSearch() {}

  /** The hits most relevant first (ties: newest activity first). */
  static SearchOutcome run(ToolContext context, String query, Set<SearchFlag> flags)
      throws KayakoApiException {
    Set<String> flagNames = new TreeSet<>();
    flags.forEach(f -> flagNames.add(f.name()));
    SearchResultCache.Key key = new SearchResultCache.Key(query, flagNames);
    SearchOutcome cached = context.searchCache().get(key);
    if (cached != null) {
      return cached;
    }
    KayakoClient client = context.client();
    int limit = context.searchCache().resultLimit();
    List<Ticket> found = client.searchTickets(query, flags);
    Map<Integer, Ticket> tickets = new LinkedHashMap<>();
    found.forEach(t -> tickets.put(t.id(), t));
    SearchCap cap = SearchCap.notReached(limit, found.size());
    if (found.size() >= limit) {
      cap = recover(context, query, flags, tickets, limit, found.size());
    }
    SearchOutcome outcome = new SearchOutcome(rank(query, tickets.values()), cap);
    context.searchCache().put(key, outcome);
    return outcome;
  }

  private static SearchCap recover(
      ToolContext context,
      String query,
      Set<SearchFlag> flags,
      Map<Integer, Ticket> tickets,
      int limit,
      int kayakoMatches)
      throws KayakoApiException {
    KayakoClient client = context.client();
    Parallel parallel = context.parallel();
    List<String> from = new ArrayList<>();
    Future<List<Ticket>> phrase = null;
    if (flags.contains(SearchFlag.CONTENTS) && query.strip().contains(" ")) {
      Set<SearchFlag> withPhrase = EnumSet.copyOf(flags);
      withPhrase.add(SearchFlag.PHRASE);
      phrase = parallel.start(() -> client.searchTickets(query, withPhrase));
      from.add("the exact phrase");
    }
    Future<List<Ticket>> subjects = null;
    if (!flags.equals(EnumSet.of(SearchFlag.TICKET_ID))) {
      subjects =
          parallel.start(() -> client.searchTickets(query, EnumSet.of(SearchFlag.TICKET_ID)));
      from.add("subjects");
    }
    Directory directory = context.directory();
    Future<List<Ticket>> newest = parallel.start(() -> client.listTickets(newestActive(directory)));
    from.add("the subjects of the " + NEWEST_SCAN + " most recently active tickets");
    int before = tickets.size();
    for (Future<List<Ticket>> f : Arrays.asList(phrase, subjects)) {
      if (f != null) {
        parallel.join(f).forEach(t -> tickets.putIfAbsent(t.id(), t));
      }
    }
    List<String> words = words(query);
    for (Ticket t : parallel.join(newest)) {
      String subject = t.subject() == null ? "" : t.subject().toLowerCase(Locale.ROOT);
      if (words.stream().allMatch(subject::contains)) {
        tickets.putIfAbsent(t.id(), t);
      }
    }
    return new SearchCap(true, limit, kayakoMatches, tickets.size() - before, from);
  }

  /** Every ticket department, every status, newest activity first. */
  private static TicketQuery newestActive(Directory directory) {
    List<Integer> departments = directory.ticketDepartmentIds();
    List<Integer> statuses = directory.statusIds();
    return new TicketQuery(
        departments,
        statuses,
        List.of(),
        List.of(),
        NEWEST_SCAN,
        0,
        "lastactivity",
        TicketQuery.SortOrder.DESC);
  }

  private static List<SearchHit> rank(String query, java.util.Collection<Ticket> tickets) {
    List<TicketText> texts = tickets.stream().map(TicketText::of).toList();
    TicketIndex index = TicketIndex.of(texts);
    Map<Integer, Double> scores = new HashMap<>();
    index.rank(query, texts.size()).forEach(r -> scores.put(r.ticketId(), (double) r.score()));
    List<SearchHit> hits = new ArrayList<>();
    for (Ticket t : tickets) {
      String passage = Passages.best(index, index.text(t.id()), query);
      // Posts are not kept: they would hold every conversation in memory.
      hits.add(
          new SearchHit(
              t.withPosts(null),
              passage.isEmpty() ? Snippets.find(t, query) : passage,
              scores.getOrDefault(t.id(), 0.0)));
    }
    hits.sort(RELEVANCE);
    return hits;
  }

  /** Most relevant first; equal scores newest activity first. */
  static final Comparator<SearchHit> RELEVANCE =
      Comparator.comparingDouble((SearchHit h) -> -h.score())
          .thenComparing(TicketSearch::byActivity);

  /** Newest activity first, then highest id. */
  static final Comparator<SearchHit> ACTIVITY = TicketSearch::byActivity;

  private static int byActivity(SearchHit a, SearchHit b) {
    int c = Long.compare(b.ticket().lastActivity(), a.ticket().lastActivity());
    return c != 0 ? c : Integer.compare(b.ticket().id(), a.ticket().id());
  }

  private static List<String> words(String query) {
    return Arrays.stream(query.toLowerCase(Locale.ROOT).split("\\s+"))
        .filter(w -> !w.isEmpty())
        .toList();
  }
}
