package dev.kayakomcp.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kayakomcp.emulator.RequestLog;
import dev.kayakomcp.model.CustomFieldValue;
import dev.kayakomcp.model.Post;
import dev.kayakomcp.model.Ticket;
import dev.kayakomcp.model.User;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What one tool call costs Kayako on warm caches: the requests the emulator actually receives per
 * call, through a real MCP client, held against the table in the README (issue: "every read at
 * Kayako's minimum"). The ticket is chosen from the emulator's data so that every part exists
 * (posts with files, notes, time, custom field values).
 */
@Timeout(180)
class RequestCountIT extends ToolsAgainstEmulator {

  private String id;
  private final List<String> table = new ArrayList<>();

  @BeforeAll
  void findTicketAndWarmCaches() {
    Ticket t =
        truth.tickets.values().stream()
            .filter(
                x ->
                    truth.posts.getOrDefault(x.id(), List.of()).stream()
                        .anyMatch(Post::hasAttachments))
            .filter(x -> !truth.ticketNotes.getOrDefault(x.id(), List.of()).isEmpty())
            .filter(x -> !truth.timeTracks.getOrDefault(x.id(), List.of()).isEmpty())
            .filter(
                x ->
                    truth.customFieldValues.getOrDefault(x.id(), Map.of()).values().stream()
                        .map(CustomFieldValue::value)
                        .anyMatch(v -> v != null && !v.isEmpty()))
            .findFirst()
            .orElseThrow();
    id = String.valueOf(t.id());
    // Warm the caches the way a session does: every lookup the tools read, once.
    for (String tool :
        List.of(
            "kayako_get_ticket_custom_fields", "kayako_get_ticket_posts", "kayako_get_ticket")) {
      ok(tool, Map.of("ticket_id", id));
    }
    ok("kayako_list_staff", Map.of());
    ok("kayako_search_users", Map.of("query", "a"));
  }

  @AfterAll
  void printTable() {
    System.out.println(String.join("\n", table));
  }

  /** Requests Kayako received for one call, checked against the table. */
  private void costs(int expected, String tool, Map<String, Object> args) {
    emulator.requests().reset();
    ok(tool, args);
    List<RequestLog.Entry> made = emulator.requests().drain();
    table.add("| `" + tool + "` " + args + " | " + made.size() + " |");
    assertThat(made)
        .as(
            "%s %s made %s",
            tool,
            args,
            made.stream().map(e -> e.method() + " " + e.route()).collect(Collectors.joining(", ")))
        .hasSize(expected);
  }

  @Test
  void getTicketAndItsParts() {
    costs(1, "kayako_get_ticket", Map.of("ticket_id", id));
    costs(2, "kayako_get_ticket", Map.of("ticket_id", id, "include", "posts"));
    costs(3, "kayako_get_ticket", Map.of("ticket_id", id, "detail", "full"));
    costs(2, "kayako_get_ticket_posts", Map.of("ticket_id", id));
    costs(1, "kayako_get_ticket_notes", Map.of("ticket_id", id));
    costs(1, "kayako_get_ticket_time_tracking", Map.of("ticket_id", id));
    costs(1, "kayako_list_ticket_attachments", Map.of("ticket_id", id));
    costs(1, "kayako_get_ticket_custom_fields", Map.of("ticket_id", id));
  }

  @Test
  void lookupToolsCostNothing() {
    for (String tool :
        List.of(
            "kayako_get_departments",
            "kayako_get_ticket_statuses",
            "kayako_get_ticket_priorities",
            "kayako_get_ticket_types",
            "kayako_list_staff")) {
      costs(0, tool, Map.of());
    }
  }

  @Test
  void countsAndLists() {
    costs(1, "kayako_get_ticket_counts", Map.of());
    costs(2, "kayako_list_tickets", Map.of());
    int user = truth.tickets.values().iterator().next().userId();
    long theirs = truth.tickets.values().stream().filter(t -> t.userId() == user).count();
    assertThat(theirs).isLessThan(20);
    costs(1, "kayako_list_tickets", Map.of("user_id", user));
  }

  @Test
  void searchesReadOnceAndPageFromMemory() {
    costs(1, "kayako_search_tickets", Map.of("query", "authenticator", "limit", 2));
    costs(0, "kayako_search_tickets", Map.of("query", "authenticator", "limit", 2, "offset", 2));
    // "password" reaches Kayako's limit (100): + the subject search + one page of the newest
    // tickets (one word, so no phrase search), side by side; later pages still cost nothing.
    costs(3, "kayako_search_tickets", Map.of("query", "password", "limit", 2));
    costs(0, "kayako_search_tickets", Map.of("query", "password", "limit", 2, "offset", 2));
    List<User> many =
        truth.users.values().stream().filter(u -> u.userOrganizationId() > 0).toList();
    assertThat(many).hasSizeGreaterThan(1);
    costs(2, "kayako_search_users", Map.of("query", "example"));
  }

  @Test
  void textToolsReadWhatTheyNeed() {
    costs(2, "kayako_find_similar_tickets", Map.of("ticket_id", id, "limit", 3));
    costs(1, "kayako_find_similar_tickets", Map.of("text", "reset link expired", "limit", 3));
    costs(1, "kayako_ticket_themes", Map.of("query", "export"));
    // The 500 tickets fit one ListAll page; then each of the 20 newest is read once.
    costs(1 + 20, "kayako_ticket_themes", Map.of("max_tickets", 20));
  }

  @Test
  @SuppressWarnings("unchecked")
  void aTimeFilteredListingReadsPagesOfUpTo1000RowsAndNeverRereadsARow() {
    long since =
        truth.tickets.values().stream()
            .mapToLong(Ticket::lastActivity)
            .sorted()
            .skip(truth.tickets.size() / 3)
            .findFirst()
            .orElseThrow();
    long expected = truth.tickets.values().stream().filter(t -> t.lastActivity() >= since).count();
    emulator.requests().reset();
    int offset = 0;
    int seen = 0;
    while (true) {
      Map<String, Object> m =
          McpSession.structured(
              ok(
                  "kayako_list_tickets",
                  Map.of(
                      "updated_since",
                      dev.kayakomcp.format.Times.iso(since),
                      "limit",
                      100,
                      "offset",
                      offset)));
      seen += ((List<Object>) m.get("tickets")).size();
      Map<String, Object> paging = (Map<String, Object>) m.get("paging");
      if (!(Boolean) paging.get("has_more")) {
        break;
      }
      offset = ((Number) paging.get("next_offset")).intValue();
    }
    assertThat(seen).isEqualTo(expected);
    List<int[]> ranges = new ArrayList<>();
    for (RequestLog.Entry e : emulator.requests().drain()) {
      assertThat(e.endpoint()).isEqualTo("GET /Tickets/Ticket/ListAll");
      List<String> seg = e.segments();
      int count = Integer.parseInt(seg.get(7));
      int start = Integer.parseInt(seg.get(8));
      assertThat(count).isBetween(1, 1000);
      ranges.add(new int[] {start, start + count});
    }
    assertThat(ranges.size()).isLessThan(seen / 100 + 1);
    emulator.requests().reset();
    ok(
        "kayako_list_tickets",
        Map.of("updated_since", dev.kayakomcp.format.Times.iso(since), "limit", 100));
    assertThat(emulator.requests().drain())
        .as("a first page reads afresh, whatever an earlier listing saw")
        .isNotEmpty();
    for (int i = 1; i < ranges.size(); i++) {
      assertThat(ranges.get(i)[0])
          .as("request %d starts after the rows already read", i)
          .isGreaterThanOrEqualTo(ranges.get(i - 1)[1]);
    }
  }
}
