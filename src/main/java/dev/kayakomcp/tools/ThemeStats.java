package dev.kayakomcp.tools;

import dev.kayakomcp.format.ThemesView;
import dev.kayakomcp.model.Directory;
import dev.kayakomcp.model.Ticket;
import dev.kayakomcp.text.TicketText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of one theme: counts, unresolved, examples, the tags its tickets carry (context only)
 * and the most common way staff resolved its tickets (their last replies grouped by how they start,
 * the largest group wins).
 */
final class ThemeStats {

  private ThemeStats() {}

  /**
   * @param tickets the theme's tickets, newest first
   * @param read how many tickets were read in all (for the share)
   * @param previous alike tickets in the previous window
   */
  static ThemesView.Theme summarise(
      String label,
      List<Ticket> tickets,
      Map<Integer, TicketText> textOf,
      Directory directory,
      int read,
      int previous) {
    int unresolved = 0;
    Map<String, List<String>> replies = new LinkedHashMap<>();
    int resolved = 0;
    Map<String, Integer> tags = new HashMap<>();
    for (Ticket t : tickets) {
      if (directory.isResolved(t.statusId())) {
        resolved++;
        String reply = textOf.get(t.id()).finalStaffReply();
        if (!reply.isBlank()) {
          replies.computeIfAbsent(key(reply), k -> new ArrayList<>()).add(reply);
        }
      } else {
        unresolved++;
      }
      if (t.tags() != null) {
        Arrays.stream(t.tags().split("\\s+"))
            .filter(s -> !s.isBlank())
            .forEach(s -> tags.merge(s, 1, Integer::sum));
      }
    }
    List<String> common =
        replies.values().stream().max(Comparator.comparingInt(List::size)).orElse(List.of());
    List<String> topTags =
        tags.entrySet().stream()
            .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
            .limit(3)
            .map(e -> e.getKey() + " (" + e.getValue() + ")")
            .toList();
    return new ThemesView.Theme(
        label,
        tickets.size(),
        (double) tickets.size() / read,
        unresolved,
        previous,
        tickets.subList(0, Math.min(3, tickets.size())),
        common.isEmpty() ? "" : common.get(0),
        common.size(),
        resolved,
        topTags);
  }

  /** Replies that start alike count as the same way of resolving. */
  private static String key(String reply) {
    String flat = reply.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    // Skip a greeting line such as "hi anna" so the fix itself is compared.
    int cut = flat.indexOf(' ', Math.min(flat.length(), 12));
    String body = cut > 0 && flat.startsWith("hi") ? flat.substring(cut).strip() : flat;
    return body.substring(0, Math.min(80, body.length()));
  }
}
