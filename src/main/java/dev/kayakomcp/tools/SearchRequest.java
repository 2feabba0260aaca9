package dev.kayakomcp.tools;

import dev.kayakomcp.client.SearchFlag;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The arguments of {@code kayako_search_tickets}, parsed once. */
record SearchRequest(
    String query,
    boolean byActivity,
    Set<SearchFlag> flags,
    Map<String, Boolean> areaArguments,
    int limit,
    int offset,
    TimeWindow window,
    ResponseFormat format) {

  private static final Map<String, String> AREAS =
      Map.of(
          "search_contents", "contents",
          "search_subject", "subject",
          "search_notes", "notes",
          "search_user_email", "user email",
          "search_user_name", "user name");

  private static final List<String> AREA_ARGUMENTS =
      List.of(
          "search_contents",
          "search_subject",
          "search_notes",
          "search_user_email",
          "search_user_name");

  static SearchRequest parse(ToolArgs args, Clock clock) {
    Map<String, Boolean> given = new LinkedHashMap<>();
    for (String a : AREA_ARGUMENTS) {
      if (args.has(a)) {
        given.put(a, args.bool(a, false));
      }
    }
    String query = args.string("query", null);
    if (query == null) {
      throw new ToolArgumentException(
          "The search query is empty or missing: give words to search for, e.g. \"password"
              + " reset\", or use kayako_list_tickets to list tickets without words.");
    }
    return new SearchRequest(
        query,
        "activity".equalsIgnoreCase(args.string("sort", "relevance")),
        parseFlags(args),
        given,
        args.intInRange("limit", 20, 1, 100),
        args.intInRange("offset", 0, 0, 100_000),
        TimeWindow.from(args, clock),
        args.format());
  }

  /** The order of the hits, in words. */
  String order() {
    return byActivity ? "newest activity first" : "most relevant first";
  }

  /** The areas searched, in words. */
  List<String> areas() {
    List<String> out = new ArrayList<>();
    for (String a : AREA_ARGUMENTS) {
      boolean dflt = a.equals("search_contents") || a.equals("search_subject");
      if (areaArguments.getOrDefault(a, dflt)) {
        out.add(AREAS.get(a));
      }
    }
    return out;
  }

  /** The next page's arguments, offset aside. */
  Map<String, Object> nextArguments() {
    Map<String, Object> next = new LinkedHashMap<>();
    next.put("query", query);
    if (byActivity) {
      next.put("sort", "activity");
    }
    next.putAll(areaArguments);
    next.put("limit", limit);
    window.copyTo(next);
    return next;
  }

  private static Set<SearchFlag> parseFlags(ToolArgs args) {
    Set<SearchFlag> flags = EnumSet.noneOf(SearchFlag.class);
    if (args.bool("search_contents", true)) {
      flags.add(SearchFlag.CONTENTS);
    }
    if (args.bool("search_subject", true)) {
      // Kayako has no subject flag; "ticketid" matches subjects and display ids as substrings.
      flags.add(SearchFlag.TICKET_ID);
    }
    if (args.bool("search_notes", false)) {
      flags.add(SearchFlag.NOTES);
    }
    if (args.bool("search_user_email", false)) {
      flags.add(SearchFlag.EMAIL);
    }
    if (args.bool("search_user_name", false)) {
      flags.add(SearchFlag.FULL_NAME);
    }
    if (flags.isEmpty()) {
      throw new ToolArgumentException(
          "Nothing to search: set at least one of search_contents, search_subject, search_notes,"
              + " search_user_email, search_user_name to true.");
    }
    return flags;
  }
}
