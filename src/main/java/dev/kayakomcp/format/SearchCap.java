package dev.kayakomcp.format;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether Kayako's search result limit cut a search short, and what was done about it. Kayako
 * counts the limit from the oldest ticket, so the newest matches are the ones lost; the server then
 * also asks for the exact phrase, for subjects, and for the newest active tickets whose subject
 * matches. Every format states it with the same sentence.
 *
 * @param reached whether Kayako returned as many matches as its limit
 * @param limit the limit the server assumes ({@code --search-result-limit})
 * @param kayakoMatches how many tickets Kayako's search returned
 * @param recovered how many more tickets the extra searches found
 * @param recoveredFrom which extra searches ran
 */
public record SearchCap(
    boolean reached, int limit, int kayakoMatches, int recovered, List<String> recoveredFrom) {

  public SearchCap {
    recoveredFrom = List.copyOf(recoveredFrom);
  }

  /** A search that stayed under the limit. */
  public static SearchCap notReached(int limit, int kayakoMatches) {
    return new SearchCap(false, limit, kayakoMatches, 0, List.of());
  }

  /** The plain sentence every format shows when the limit was reached; "" otherwise. */
  public String sentence() {
    if (!reached) {
      return "";
    }
    return "Kayako's search stopped at its result limit ("
        + limit
        + " tickets, counted from the oldest), so newer matching tickets may be missing. "
        + (recoveredFrom.isEmpty()
            ? ""
            : "Also searched "
                + String.join(", ", recoveredFrom)
                + ": "
                + recovered
                + " more found. ")
        + "Tickets that match only in their posts and are newer than these may still be missing:"
        + " use more specific words, or kayako_list_tickets with updated_since for recent ones.";
  }

  /** The structured form ({@code search_cap}). */
  public Map<String, Object> structured() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("reached", reached);
    m.put("limit", limit);
    m.put("kayako_matches", kayakoMatches);
    m.put("recovered", recovered);
    m.put("recovered_from", recoveredFrom);
    m.put("note", reached ? sentence() : null);
    return m;
  }
}
