package dev.kayakomcp.write;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A write Kayako holds, as re-reading it confirmed.
 *
 * @param id the id of what was created (post, note, time entry, ticket), or the updated ticket's
 * @param what a short name for the audit line and answers, e.g. {@code post 2210}
 * @param confirmed the state re-read from Kayako, by field
 * @param unchanged fields an update asked for that Kayako did not apply (with what they still are)
 */
public record Landed(int id, String what, Map<String, Object> confirmed, List<String> unchanged) {

  public Landed {
    confirmed = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(confirmed));
    unchanged = List.copyOf(unchanged);
  }

  /** A write Kayako answered with an id but that re-reading could not show (the reason given). */
  static Landed unconfirmed(int id, String what, String reason) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", id);
    m.put("found_on_re_read", false);
    m.put("re_read", reason);
    return new Landed(id, what, m, List.of());
  }
}
