package dev.kayakomcp.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kayakomcp.format.Times;
import dev.kayakomcp.model.Department;
import dev.kayakomcp.model.Ticket;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * kayako_list_tickets' filters Kayako cannot apply itself (organisation, priority, type, tag),
 * alone and with a time window, through a real MCP client; the emulator's helpdesk is the truth.
 */
@Timeout(180)
class TicketFilterIT extends ToolsAgainstEmulator {

  private Map<String, Object> ok(Map<String, Object> args) {
    CallToolResult r = mcp.call("kayako_list_tickets", args);
    assertThat(r.isError()).as("%s: %s", args, McpSession.text(r)).isFalse();
    return McpSession.structured(r);
  }

  @SuppressWarnings("unchecked")
  private Set<Integer> listed(Map<String, Object> args) {
    Set<Integer> ids = new HashSet<>();
    int offset = 0;
    while (true) {
      Map<String, Object> a = new HashMap<>(args);
      a.put("offset", offset);
      a.put("limit", 100);
      Map<String, Object> m = ok(a);
      ((List<Map<String, Object>>) m.get("tickets"))
          .forEach(x -> ids.add(((Number) x.get("id")).intValue()));
      Map<String, Object> paging = (Map<String, Object>) m.get("paging");
      if (!(Boolean) paging.get("has_more")) {
        return ids;
      }
      offset = ((Number) paging.get("next_offset")).intValue();
    }
  }

  private Set<Integer> expected(Predicate<Ticket> p) {
    return truth.tickets.values().stream()
        .filter(
            t -> {
              Department d = truth.departments.get(t.departmentId());
              return d != null && d.isTicketDepartment();
            })
        .filter(p)
        .map(Ticket::id)
        .collect(Collectors.toSet());
  }

  private static boolean tagged(Ticket t, String tag) {
    return t.tags() != null
        && Arrays.asList(t.tags().toLowerCase(Locale.ROOT).split("\\s+")).contains(tag);
  }

  @Test
  void priorityAndTypeFiltersMatchTheHelpdesk() {
    int priority = truth.priorities.lastKey();
    int type = truth.types.firstKey();
    assertThat(listed(Map.of("priority_id", priority)))
        .isNotEmpty()
        .isEqualTo(expected(t -> t.priorityId() == priority));
    assertThat(listed(Map.of("priority_id", priority, "type_id", String.valueOf(type))))
        .isEqualTo(expected(t -> t.priorityId() == priority && t.typeId() == type));
  }

  @Test
  void organisationAndTagFiltersMatchTheHelpdesk() {
    Ticket withOrg =
        truth.tickets.values().stream()
            .filter(t -> t.userOrganizationId() > 0)
            .findFirst()
            .orElseThrow();
    int org = withOrg.userOrganizationId();
    assertThat(listed(Map.of("organization_id", org)))
        .contains(withOrg.id())
        .isEqualTo(expected(t -> t.userOrganizationId() == org));

    Ticket withTag =
        truth.tickets.values().stream()
            .filter(t -> t.tags() != null && !t.tags().isBlank())
            .findFirst()
            .orElseThrow();
    String tag = withTag.tags().split("\\s+")[0].toLowerCase(Locale.ROOT);
    assertThat(listed(Map.of("tag", tag.toUpperCase(Locale.ROOT))))
        .contains(withTag.id())
        .isEqualTo(expected(t -> tagged(t, tag)));
  }

  @Test
  void localFiltersCombineWithAWindowAndKayakosOwnFilters() {
    List<Ticket> byActivity =
        truth.tickets.values().stream()
            .sorted(Comparator.comparingLong(Ticket::lastActivity).reversed())
            .toList();
    long since = byActivity.get(byActivity.size() / 2).lastActivity();
    int priority = truth.priorities.firstKey();
    assertThat(listed(Map.of("priority_id", priority, "updated_since", Times.iso(since))))
        .isEqualTo(expected(t -> t.priorityId() == priority && t.lastActivity() >= since));
    assertThat(listed(Map.of("priority_id", priority, "status_id", "resolved")))
        .isEqualTo(
            expected(
                t ->
                    t.priorityId() == priority
                        && truth.statuses.get(t.statusId()).markAsResolved()));
  }

  @Test
  void theNextPageRepeatsTheFilterAndTheAnswerNamesIt() {
    int priority = truth.priorities.lastKey();
    String title = truth.priorities.get(priority).title();
    CallToolResult r =
        mcp.call("kayako_list_tickets", Map.of("priority_id", priority, "tag", "x,y", "limit", 1));
    String text = McpSession.text(r);
    assertThat(text).contains("priority=" + title + " (" + priority + ")").contains("tag=x, y");
  }

  @Test
  void unknownPriorityOrTypeSaysWhatIsValid() {
    CallToolResult r = mcp.call("kayako_list_tickets", Map.of("priority_id", 9999));
    assertThat(r.isError()).isTrue();
    assertThat(McpSession.text(r))
        .contains("9999")
        .contains(truth.priorities.firstEntry().getValue().title());
    CallToolResult t = mcp.call("kayako_list_tickets", Map.of("type_id", "0"));
    assertThat(t.isError()).isTrue();
    assertThat(McpSession.text(t)).contains("type_id");
  }

  @Test
  @SuppressWarnings("unchecked")
  void theNextCallInTheAnswerAsksForTheSameFilter() throws Exception {
    int priority = truth.priorities.firstKey();
    Map<String, Object> args =
        Map.of(
            "priority_id",
            priority,
            "status_id",
            "unresolved",
            "updated_since",
            "3650d",
            "limit",
            2);
    String text = McpSession.text(mcp.call("kayako_list_tickets", args));
    int at = text.indexOf("call kayako_list_tickets with ");
    assertThat(at).as(text).isPositive();
    String json = text.substring(at + "call kayako_list_tickets with ".length()).strip();
    Map<String, Object> next =
        tools.jackson.databind.json.JsonMapper.builder().build().readValue(json, Map.class);
    assertThat(next).containsEntry("offset", 2).containsEntry("status_id", "unresolved");
    Map<String, Object> viaNext = ok(next);
    Map<String, Object> same = new HashMap<>(args);
    same.put("offset", 2);
    same.put("updated_since", next.get("updated_since"));
    Map<String, Object> direct = ok(same);
    assertThat(viaNext.get("tickets")).isEqualTo(direct.get("tickets"));
    assertThat((String) viaNext.get("filters"))
        .isEqualTo(direct.get("filters"))
        .contains("status=unresolved statuses")
        .contains("priority=" + truth.priorities.get(priority).title());
  }
}
