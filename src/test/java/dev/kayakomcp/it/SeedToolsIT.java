package dev.kayakomcp.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kayakomcp.model.Department;
import dev.kayakomcp.model.Post;
import dev.kayakomcp.model.Ticket;
import dev.kayakomcp.model.TicketStatus;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The six seed tools through a real MCP client over stdio, against the emulator's helpdesk. */
@Timeout(120)
class SeedToolsIT extends ToolsAgainstEmulator {

  @AfterAll
  void checkWholeSession() {
    assertSecretsNeverAppear();
    assertEveryStdoutLineIsJsonRpc();
  }

  /** The tool's answer, which must not be an error and must fit the answer budget. */
  @Override
  protected CallToolResult ok(String tool, Map<String, Object> args) {
    CallToolResult r = super.ok(tool, args);
    assertThat(McpSession.text(r).length()).isLessThanOrEqualTo(25_000);
    return r;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> tickets(CallToolResult r) {
    return (List<Map<String, Object>>) McpSession.structured(r).get("tickets");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> paging(CallToolResult r) {
    return (Map<String, Object>) McpSession.structured(r).get("paging");
  }

  private static int id(Map<String, Object> ticket) {
    return ((Number) ticket.get("id")).intValue();
  }

  private Ticket anyTicketWith(java.util.function.Predicate<Ticket> p) {
    return truth.tickets.values().stream().filter(p).findFirst().orElseThrow();
  }

  @Test
  void displayIdAndNumericIdGiveTheSameTicket() {
    Ticket t = anyTicketWith(x -> x.replies() > 1);
    Map<String, Object> byId =
        McpSession.structured(ok("kayako_get_ticket", Map.of("ticket_id", String.valueOf(t.id()))));
    Map<String, Object> byDisplay =
        McpSession.structured(ok("kayako_get_ticket", Map.of("ticket_id", t.displayId())));
    assertThat(byDisplay).isEqualTo(byId);
    @SuppressWarnings("unchecked")
    Map<String, Object> ticket = (Map<String, Object>) byId.get("ticket");
    assertThat(ticket.get("display_id")).isEqualTo(t.displayId());
    assertThat(ticket.get("subject")).isEqualTo(t.subject());
    assertThat(ticket.get("department")).isEqualTo(truth.departments.get(t.departmentId()).title());
    assertThat(ticket.get("status")).isEqualTo(truth.statuses.get(t.statusId()).title());
    assertThat(ticket.get("priority")).isEqualTo(truth.priorities.get(t.priorityId()).title());
    assertThat(ticket.get("type")).isEqualTo(truth.types.get(t.typeId()).title());
  }

  @Test
  void pagesAreDisjointAndTogetherEqualTheWholeList() {
    int department = truth.tickets.values().iterator().next().departmentId();
    Set<Integer> expected =
        truth.tickets.values().stream()
            .filter(t -> t.departmentId() == department)
            .map(Ticket::id)
            .collect(Collectors.toSet());
    List<Integer> seen = new ArrayList<>();
    int offset = 0;
    while (true) {
      CallToolResult r =
          ok(
              "kayako_list_tickets",
              Map.of(
                  "department_id",
                  department,
                  "limit",
                  30,
                  "offset",
                  offset,
                  "response_format",
                  "json"));
      tickets(r).forEach(t -> seen.add(id(t)));
      Map<String, Object> paging = paging(r);
      assertThat(((Number) paging.get("total")).intValue()).isEqualTo(expected.size());
      if (!(Boolean) paging.get("has_more")) {
        break;
      }
      offset = ((Number) paging.get("next_offset")).intValue();
    }
    assertThat(new HashSet<>(seen)).hasSize(seen.size()).isEqualTo(expected);
  }

  @Test
  void byDefaultEveryTicketDepartmentAndEveryStatusIsListed() {
    long ticketsInTicketDepartments =
        truth.tickets.values().stream()
            .filter(t -> truth.departments.get(t.departmentId()).isTicketDepartment())
            .count();
    Map<String, Object> paging = paging(ok("kayako_list_tickets", Map.of("limit", 1)));
    assertThat(((Number) paging.get("total")).longValue()).isEqualTo(ticketsInTicketDepartments);
    assertThat(
            truth.tickets.values().stream()
                .anyMatch(t -> truth.statuses.get(t.statusId()).markAsResolved()))
        .as("the dataset has resolved tickets, so the default must include them")
        .isTrue();
  }

  @Test
  void eachSortOrderIsHonoured() {
    assertSorted("lastactivity", "DESC", "last_activity_at", false);
    assertSorted("lastactivity", "ASC", "last_activity_at", true);
    assertSorted("dateline", "ASC", "created_at", true);
    assertSorted("totalreplies", "DESC", "replies", false);
    assertSorted("ticketid", "DESC", "id", false);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private void assertSorted(String field, String order, String key, boolean ascending) {
    List<Map<String, Object>> page =
        tickets(
            ok(
                "kayako_list_tickets",
                Map.of("sort_field", field, "sort_order", order, "limit", 40)));
    assertThat(page).hasSizeGreaterThan(10);
    List<Comparable> values = page.stream().map(t -> (Comparable) t.get(key)).toList();
    for (int i = 1; i < values.size(); i++) {
      int c = values.get(i - 1).compareTo(values.get(i));
      assertThat(ascending ? c <= 0 : c >= 0)
          .as("%s %s at %d: %s", field, order, i, values)
          .isTrue();
    }
  }

  @Test
  void eachFilterIsHonoured() {
    TicketStatus status =
        truth.statuses.values().stream()
            .filter(s -> s.departmentId() == 0)
            .findFirst()
            .orElseThrow();
    long withStatus =
        truth.tickets.values().stream().filter(t -> t.statusId() == status.id()).count();
    CallToolResult byStatus =
        ok("kayako_list_tickets", Map.of("status_id", status.id(), "limit", 100));
    assertThat(tickets(byStatus))
        .allMatch(t -> ((Number) t.get("status_id")).intValue() == status.id());
    assertThat(((Number) paging(byStatus).get("total")).longValue()).isEqualTo(withStatus);

    CallToolResult unassigned = ok("kayako_list_tickets", Map.of("owner_staff_id", 0, "limit", 50));
    assertThat(tickets(unassigned))
        .isNotEmpty()
        .allMatch(t -> ((Number) t.get("owner_staff_id")).intValue() == 0);

    Ticket some = anyTicketWith(t -> t.userId() > 0);
    CallToolResult byUser =
        ok("kayako_list_tickets", Map.of("user_id", String.valueOf(some.userId())));
    assertThat(tickets(byUser))
        .isNotEmpty()
        .allMatch(t -> ((Number) t.get("user_id")).intValue() == some.userId());

    CallToolResult resolved =
        ok("kayako_list_tickets", Map.of("status_id", "resolved", "limit", 50));
    assertThat(tickets(resolved)).isNotEmpty().allMatch(t -> (Boolean) t.get("is_resolved"));
  }

  @Test
  void emptyResultsSayWhatWasAsked() {
    CallToolResult search =
        ok("kayako_search_tickets", Map.of("query", "zzqxjv-nothing-like-this"));
    assertThat(McpSession.text(search))
        .startsWith("No tickets found matching query: 'zzqxjv-nothing-like-this'. Server time: ");
    CallToolResult list = ok("kayako_list_tickets", Map.of("user_id", 987654));
    assertThat(McpSession.text(list))
        .startsWith(
            "No tickets found matching criteria: department=all ticket departments;"
                + " status=all statuses; user_id=987654");
  }

  @Test
  void anUnknownTicketIsAnErrorWithANextStep() {
    for (String id : List.of("987654", "ZZZ-999-99999")) {
      CallToolResult r = mcp.call("kayako_get_ticket", Map.of("ticket_id", id));
      assertThat(r.isError()).isTrue();
      assertThat(McpSession.text(r))
          .contains("Ticket not found")
          .contains(id)
          .contains("kayako_search_tickets");
    }
  }

  @Test
  void badArgumentsAreErrorsThatSayWhatIsAllowed() {
    CallToolResult sort = mcp.call("kayako_list_tickets", Map.of("sort_field", "subject"));
    assertThat(sort.isError()).isTrue();
    assertThat(McpSession.text(sort))
        .contains("Unknown sort_field 'subject'")
        .contains("lastactivity");
    CallToolResult limit = mcp.call("kayako_search_tickets", Map.of("query", "x", "limit", 1000));
    assertThat(limit.isError()).isTrue();
    assertThat(McpSession.text(limit)).contains("'limit' must be between 1 and 100");
    CallToolResult dept = mcp.call("kayako_list_tickets", Map.of("department_id", 99999));
    assertThat(dept.isError()).isTrue();
    assertThat(McpSession.text(dept))
        .contains("No department has id 99999")
        .contains("Ticket departments:");
  }

  @Test
  void legacyWrapperAndNumbersAsStringsAreAccepted() {
    CallToolResult r =
        ok("kayako_list_tickets", Map.of("params", Map.of("limit", "5", "offset", "2")));
    assertThat(tickets(r)).hasSize(5);
    assertThat(((Number) paging(r).get("offset")).intValue()).isEqualTo(2);
  }

  @Test
  void searchFindsNewestFirstAndServesLaterPagesFromTheSameResult() {
    CallToolResult first =
        ok("kayako_search_tickets", Map.of("query", "password", "limit", 5, "sort", "activity"));
    int total = ((Number) paging(first).get("total")).intValue();
    assertThat(total).isGreaterThan(5);
    CallToolResult second =
        ok(
            "kayako_search_tickets",
            Map.of("query", "password", "limit", 5, "offset", 5, "sort", "activity"));
    Set<Integer> a = tickets(first).stream().map(SeedToolsIT::id).collect(Collectors.toSet());
    Set<Integer> b = tickets(second).stream().map(SeedToolsIT::id).collect(Collectors.toSet());
    assertThat(a).doesNotContainAnyElementsOf(b);
    List<String> activity = new ArrayList<>();
    tickets(first).forEach(t -> activity.add((String) t.get("last_activity_at")));
    tickets(second).forEach(t -> activity.add((String) t.get("last_activity_at")));
    assertThat(activity).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    assertThat(McpSession.text(first)).contains("More results: call kayako_search_tickets with");
  }

  @Test
  void aBigPageIsCutToWholeTicketsWithTheArgumentsForTheRest() {
    CallToolResult r = ok("kayako_list_tickets", Map.of("limit", 100));
    Map<String, Object> paging = paging(r);
    int returned = ((Number) paging.get("returned")).intValue();
    assertThat(returned).isLessThan(100).isGreaterThan(10);
    assertThat(paging.get("truncated_by_size")).isEqualTo(true);
    assertThat(((Number) paging.get("next_offset")).intValue()).isEqualTo(returned);
    String text = McpSession.text(r);
    assertThat(text).contains("Only " + returned + " tickets fit in one answer.");
    assertThat(text).contains("\"offset\":" + returned);
    CallToolResult json =
        ok("kayako_list_tickets", Map.of("limit", 100, "response_format", "json"));
    JsonMapper.builder().build().readTree(McpSession.text(json)); // whole JSON, never cut
  }

  @Test
  void aLongConversationComesInPartsInChronologicalOrder() throws Exception {
    int ticketId = EmulatorWrites.createTicketWithLongConversation(emulator, 45, 2_500);
    List<Integer> postIds = new ArrayList<>();
    int offset = 0;
    int calls = 0;
    while (true) {
      CallToolResult r =
          ok("kayako_get_ticket_posts", Map.of("ticket_id", ticketId, "offset", offset));
      Map<String, Object> s = McpSession.structured(r);
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> posts = (List<Map<String, Object>>) s.get("posts");
      assertThat(posts).isNotEmpty();
      posts.forEach(p -> postIds.add(((Number) p.get("id")).intValue()));
      calls++;
      if (!(Boolean) s.get("has_more")) {
        break;
      }
      assertThat(McpSession.text(r)).contains("For the rest call kayako_get_ticket_posts");
      offset = ((Number) s.get("next_offset")).intValue();
    }
    assertThat(calls).isGreaterThan(1);
    assertThat(postIds).hasSize(46).doesNotHaveDuplicates().isSorted();
  }

  @Test
  void htmlPostsAreReadAsMarkdown() {
    Ticket t =
        anyTicketWith(
            x ->
                truth.posts.getOrDefault(x.id(), List.of()).stream()
                    .anyMatch(p -> p.html() && p.contents().contains("<p")));
    Post html = truth.posts.get(t.id()).stream().filter(Post::html).findFirst().orElseThrow();
    CallToolResult r = ok("kayako_get_ticket_posts", Map.of("ticket_id", t.displayId()));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> posts =
        (List<Map<String, Object>>) McpSession.structured(r).get("posts");
    Map<String, Object> converted =
        posts.stream()
            .filter(p -> ((Number) p.get("id")).intValue() == html.id())
            .findFirst()
            .orElseThrow();
    assertThat(converted.get("was_html")).isEqualTo(true);
    assertThat((String) converted.get("body"))
        .doesNotContain("<p>")
        .doesNotContain("</p>")
        .isNotBlank();
    assertThat(McpSession.text(r)).doesNotContain("<p>");
  }

  @Test
  void postsAreChronologicalAndCarryRolesAndAttachments() {
    Ticket t =
        anyTicketWith(
            x ->
                truth.posts.getOrDefault(x.id(), List.of()).size() >= 3
                    && truth.posts.get(x.id()).stream().anyMatch(Post::hasAttachments));
    CallToolResult r =
        ok("kayako_get_ticket_posts", Map.of("ticket_id", t.id(), "response_format", "json"));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> posts =
        (List<Map<String, Object>>) McpSession.structured(r).get("posts");
    assertThat(posts).hasSize(truth.posts.get(t.id()).size());
    List<String> times = posts.stream().map(p -> (String) p.get("created_at")).toList();
    assertThat(times).isSorted();
    assertThat(posts)
        .allMatch(
            p -> List.of("staff", "customer", "cc", "bcc", "third party").contains(p.get("role")));
    assertThat(posts.stream().mapToInt(p -> ((List<?>) p.get("attachments")).size()).sum())
        .isPositive();
    assertThat(McpSession.text(r)).doesNotContain("contentsBase64").doesNotContain("iVBORw0KGgo");
  }

  @Test
  void departmentsAndStatusesAreComplete() {
    Map<String, Object> d = McpSession.structured(ok("kayako_get_departments", Map.of()));
    assertThat(((Number) d.get("count")).intValue()).isEqualTo(truth.departments.size());
    Map<String, Object> s =
        McpSession.structured(ok("kayako_get_ticket_statuses", Map.of("response_format", "json")));
    assertThat(((Number) s.get("count")).intValue()).isEqualTo(truth.statuses.size());
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> statuses = (List<Map<String, Object>>) s.get("statuses");
    for (Map<String, Object> status : statuses) {
      TicketStatus real = truth.statuses.get(((Number) status.get("id")).intValue());
      assertThat(status.get("is_resolved")).isEqualTo(real.markAsResolved());
      assertThat(status.get("title")).isEqualTo(real.title());
    }
    String md = McpSession.text(ok("kayako_get_departments", Map.of()));
    for (Department dep : truth.departments.values()) {
      assertThat(md).contains("| " + dep.id() + " | " + dep.title() + " |");
    }
  }

  @Test
  void everyToolDeclaresSchemasAndReadOnlyAnnotations() {
    var tools = mcp.client().listTools().tools();
    assertThat(tools)
        .extracting(t -> t.name())
        .containsExactlyInAnyOrder(
            "kayako_search_tickets",
            "kayako_find_similar_tickets",
            "kayako_ticket_themes",
            "kayako_get_ticket",
            "kayako_list_tickets",
            "kayako_get_ticket_posts",
            "kayako_get_departments",
            "kayako_get_ticket_statuses",
            "kayako_get_ticket_notes",
            "kayako_list_ticket_attachments",
            "kayako_get_ticket_attachment",
            "kayako_get_ticket_time_tracking",
            "kayako_get_ticket_custom_fields",
            "kayako_get_ticket_priorities",
            "kayako_get_ticket_types",
            "kayako_list_staff",
            "kayako_search_users",
            "kayako_get_user",
            "kayako_get_organization",
            "kayako_get_ticket_counts",
            "kayako_ticket_report",
            "kayako_needs_attention");
    assertThat(tools)
        .allSatisfy(
            t -> {
              assertThat(t.annotations().readOnlyHint()).isTrue();
              assertThat(t.annotations().destructiveHint()).isFalse();
              assertThat(t.outputSchema()).isNotNull();
              assertThat(t.title()).isNotBlank();
              assertThat(t.description().length()).isLessThan(600);
            });
  }

  private void assertSecretsNeverAppear() {
    List<String> everything = new ArrayList<>(mcp.texts());
    everything.addAll(mcp.serverStdoutLines());
    for (String s : everything) {
      assertThat(s).doesNotContain(emulator.apiKey()).doesNotContain(emulator.secretKey());
    }
  }

  private void assertEveryStdoutLineIsJsonRpc() {
    JsonMapper json = JsonMapper.builder().build();
    List<String> lines = mcp.serverStdoutLines();
    assertThat(lines).isNotEmpty();
    for (String line : lines) {
      JsonNode n = json.readTree(line);
      assertThat(n.get("jsonrpc").asString()).isEqualTo("2.0");
    }
  }

  static Map<String, Object> args(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }
}
