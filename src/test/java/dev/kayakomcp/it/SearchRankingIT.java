package dev.kayakomcp.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kayakomcp.emulator.EmulatorOptions;
import dev.kayakomcp.emulator.Helpdesk;
import dev.kayakomcp.emulator.KayakoEmulator;
import dev.kayakomcp.emulator.RequestLog;
import dev.kayakomcp.model.Ticket;
import dev.kayakomcp.tools.SearchResultCache;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Relevance-ranked search through a real MCP client, with the emulator's search limit set low (20)
 * so the cap and its recovery show. Truth comes from the emulator's helpdesk in plain Java; the
 * generator's theme of a ticket is its first tag.
 */
class SearchRankingIT {

  private static final int LIMIT = 20;

  private static KayakoEmulator emulator;
  private static Helpdesk truth;
  private static McpSession mcp;

  @BeforeAll
  static void start() {
    emulator = KayakoEmulator.start(EmulatorOptions.defaults());
    emulator.settings().searchResultLimit(LIMIT);
    truth = emulator.helpdesk();
    mcp = McpSession.on(emulator).searches(SearchResultCache.standard().resultLimit(LIMIT)).open();
    mcp.call("kayako_search_tickets", Map.of("query", "warm-up")); // lookups cached before counting
  }

  @AfterAll
  static void stop() throws Exception {
    mcp.close();
    emulator.close();
  }

  @BeforeEach
  void resetLog() {
    emulator.requests().reset();
  }

  private static CallToolResult ok(Map<String, Object> args) {
    CallToolResult r = mcp.call("kayako_search_tickets", args);
    assertThat(r.isError()).as("%s: %s", args, McpSession.text(r)).isFalse();
    assertThat(McpSession.text(r).length()).isLessThanOrEqualTo(25_000);
    return r;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> tickets(CallToolResult r) {
    return (List<Map<String, Object>>) McpSession.structured(r).get("tickets");
  }

  private static List<String> endpoints() {
    return emulator.requests().snapshot().stream().map(RequestLog.Entry::endpoint).toList();
  }

  @Test
  void theNewestSubjectMatchIsFoundAndFirstByActivityWhenTheLimitIsReached() {
    Ticket newest =
        truth.tickets.values().stream()
            .filter(
                t -> {
                  String s = t.subject().toLowerCase(Locale.ROOT);
                  return s.contains("password") && s.contains("reset");
                })
            .max(Comparator.comparingLong(Ticket::lastActivity).thenComparingInt(Ticket::id))
            .orElseThrow();
    int oldestLimited =
        truth.tickets.keySet().stream().sorted().limit(LIMIT).mapToInt(i -> i).max().orElse(0);
    assertThat(newest.id())
        .as("the limit hides it from the OR search")
        .isGreaterThan(oldestLimited);

    CallToolResult r = ok(Map.of("query", "password reset", "sort", "activity", "limit", 5));
    List<Map<String, Object>> hits = tickets(r);
    assertThat(((Number) hits.get(0).get("id")).intValue()).isEqualTo(newest.id());
    assertThat(McpSession.text(r)).contains("Search limit reached").contains("newer matching");
    Map<?, ?> cap = (Map<?, ?>) McpSession.structured(r).get("search_cap");
    assertThat(cap.get("reached")).isEqualTo(true);
    assertThat(((Number) cap.get("recovered")).intValue()).isPositive();
    // OR search, phrase search, subject search and one page of the newest tickets: 4 requests.
    assertThat(endpoints()).hasSize(4);

    CallToolResult json =
        ok(Map.of("query", "password reset", "sort", "activity", "response_format", "json"));
    assertThat(McpSession.text(json)).contains("newer matching tickets may be missing");
  }

  @Test
  void relevanceRanksTheThemeFirstWithOneRequestThenNone() {
    emulator.settings().searchResultLimit(1000);
    try (McpSession wide = McpSession.on(emulator).searches(SearchResultCache.standard()).open()) {
      wide.call("kayako_search_tickets", Map.of("query", "warm-up"));
      emulator.requests().reset();
      CallToolResult r =
          wide.call("kayako_search_tickets", Map.of("query", "app crashes", "limit", 10));
      List<Map<String, Object>> hits = tickets(r);
      assertThat(hits).hasSize(10);
      long right =
          hits.stream()
              .map(h -> truth.tickets.get(((Number) h.get("id")).intValue()).tags().split(" ")[0])
              .filter("mobile-app"::equals)
              .count();
      assertThat(right).isGreaterThanOrEqualTo(9);
      assertThat(endpoints()).containsExactly("POST /Tickets/TicketSearch");
      assertThat(McpSession.text(r))
          .contains("most relevant first")
          .contains("<untrusted-customer-content>")
          .doesNotContain("Search limit reached");

      emulator.requests().reset();
      CallToolResult next =
          wide.call("kayako_search_tickets", Map.of("query", "app crashes", "offset", 10));
      assertThat(next.isError()).isFalse();
      assertThat(endpoints()).isEmpty();
    } finally {
      emulator.settings().searchResultLimit(LIMIT);
    }
  }

  @Test
  void anEmptyQuerySaysWhatToDo() {
    CallToolResult r = mcp.call("kayako_search_tickets", Map.of("query", "   "));
    assertThat(r.isError()).isTrue();
    assertThat(McpSession.text(r)).contains("query is empty").contains("kayako_list_tickets");
  }
}
