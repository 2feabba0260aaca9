package dev.kayakomcp.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kayakomcp.emulator.EmulatorOptions;
import dev.kayakomcp.emulator.Helpdesk;
import dev.kayakomcp.emulator.KayakoEmulator;
import dev.kayakomcp.emulator.RequestLog;
import dev.kayakomcp.model.Ticket;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * kayako_ticket_themes and kayako_find_similar_tickets through a real MCP client; the generator's
 * theme of a ticket (its first tag) is the truth.
 */
class TextToolsIT {

  private static KayakoEmulator emulator;
  private static Helpdesk truth;
  private static McpSession mcp;

  @BeforeAll
  static void start() {
    emulator = KayakoEmulator.start(EmulatorOptions.defaults());
    truth = emulator.helpdesk();
    mcp = new McpSession(emulator);
  }

  @AfterAll
  static void stop() throws Exception {
    mcp.close();
    emulator.close();
  }

  private static String theme(int id) {
    return truth.tickets.get(id).tags().split(" ")[0];
  }

  @Test
  @SuppressWarnings("unchecked")
  void similarTicketsShareTheTheme() {
    Ticket probe =
        truth.tickets.values().stream()
            .filter(t -> t.tags().startsWith("password-reset"))
            .findFirst()
            .orElseThrow();
    emulator.requests().reset();
    CallToolResult r =
        mcp.call("kayako_find_similar_tickets", Map.of("ticket_id", probe.id(), "limit", 5));
    assertThat(r.isError()).as(McpSession.text(r)).isFalse();
    List<Map<String, Object>> hits =
        (List<Map<String, Object>>) McpSession.structured(r).get("tickets");
    assertThat(hits).hasSize(5);
    long right =
        hits.stream()
            .map(h -> ((Number) h.get("id")).intValue())
            .filter(id -> id != probe.id() && theme(id).equals("password-reset"))
            .count();
    assertThat(right).isGreaterThanOrEqualTo(4);
    List<String> ticketCalls =
        emulator.requests().snapshot().stream()
            .map(RequestLog.Entry::endpoint)
            .filter(
                e ->
                    e.equals("GET /Tickets/Ticket")
                        || e.contains("TicketSearch")
                        || e.contains("ListAll"))
            .toList();
    assertThat(ticketCalls).containsExactly("GET /Tickets/Ticket", "POST /Tickets/TicketSearch");
    assertThat(McpSession.text(r)).contains("<untrusted-customer-content>");
  }

  @Test
  void textWithoutWordsGetsAClearAnswer() {
    CallToolResult r = mcp.call("kayako_find_similar_tickets", Map.of("text", "hi thanks"));
    assertThat(r.isError()).isTrue();
    assertThat(McpSession.text(r)).contains("no distinctive words");
  }

  @Test
  @SuppressWarnings("unchecked")
  void themesOfAllTicketsAreLabelledAndCounted() {
    CallToolResult r = mcp.call("kayako_ticket_themes", Map.of("max_tickets", 300));
    assertThat(r.isError()).as(McpSession.text(r)).isFalse();
    String md = McpSession.text(r);
    assertThat(md.length()).isLessThanOrEqualTo(25_000);
    assertThat(md).contains("Read 300 tickets").doesNotContainIgnoringCase("## 1. Kind regards");
    List<Map<String, Object>> themes =
        (List<Map<String, Object>>) McpSession.structured(r).get("themes");
    assertThat(themes.size()).isGreaterThanOrEqualTo(5);
    for (Map<String, Object> t : themes) {
      assertThat((List<?>) t.get("examples")).isNotEmpty();
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void commonIssuesInOpenTicketsComeFromOpenTicketsOnly() {
    CallToolResult r = mcp.call("kayako_ticket_themes", Map.of("status_id", "unresolved"));
    assertThat(r.isError()).as(McpSession.text(r)).isFalse();
    assertThat(McpSession.text(r).length()).isLessThanOrEqualTo(25_000);
    Map<String, Object> m = McpSession.structured(r);
    long open =
        truth.tickets.values().stream()
            .filter(t -> !truth.statuses.get(t.statusId()).markAsResolved())
            .count();
    assertThat(((Number) m.get("tickets_read")).longValue()).isEqualTo(Math.min(open, 500));
    for (Map<String, Object> theme : (List<Map<String, Object>>) m.get("themes")) {
      assertThat(theme.get("unresolved")).isEqualTo(theme.get("count"));
      for (Map<String, Object> ex : (List<Map<String, Object>>) theme.get("examples")) {
        Ticket t = truth.tickets.get(((Number) ex.get("id")).intValue());
        assertThat(truth.statuses.get(t.statusId()).markAsResolved()).isFalse();
      }
    }
  }

  @Test
  void themesOfASearchCostOneRequest() {
    mcp.call("kayako_get_ticket_statuses", Map.of());
    mcp.call("kayako_search_tickets", Map.of("query", "warm-up"));
    emulator.requests().reset();
    CallToolResult r = mcp.call("kayako_ticket_themes", Map.of("query", "export"));
    assertThat(r.isError()).as(McpSession.text(r)).isFalse();
    assertThat(McpSession.text(r)).contains("matching 'export'");
    assertThat(emulator.requests().snapshot())
        .extracting(RequestLog.Entry::endpoint)
        .containsExactly("POST /Tickets/TicketSearch");
  }

  @Test
  void aSetTooSmallToGroupSaysWhatToDo() {
    CallToolResult r =
        mcp.call("kayako_ticket_themes", Map.of("created_since", "1h", "max_tickets", 50));
    assertThat(r.isError()).as(McpSession.text(r)).isTrue();
    assertThat(McpSession.text(r)).contains("themes need at least").contains("Widen");
  }
}
