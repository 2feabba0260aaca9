package dev.kayakomcp.tools;

import dev.kayakomcp.format.Json;
import java.util.LinkedHashMap;
import java.util.Map;

/** The words and arguments that tell an agent how to get the rest of a result. */
final class Paging {

  private Paging() {}

  static String morePosts(int ticketId, int shown, int total) {
    Map<String, Object> next = new LinkedHashMap<>();
    next.put("ticket_id", String.valueOf(ticketId));
    next.put("offset", shown);
    return "\nShowing "
        + shown
        + " of "
        + total
        + " posts (the rest did not fit in one answer). For the rest call kayako_get_ticket_posts"
        + " with "
        + Json.write(next)
        + "\n";
  }

  /** {@code {"query":…, "offset": 40, "limit": 20}} style arguments for the next page. */
  static String nextCall(String tool, Map<String, Object> arguments) {
    return "call " + tool + " with " + Json.write(arguments);
  }
}
