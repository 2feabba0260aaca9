package dev.kayakomcp.cli;

import dev.kayakomcp.emulator.Helpdesk;
import dev.kayakomcp.model.Attachment;
import dev.kayakomcp.model.CustomFieldValue;
import dev.kayakomcp.model.Post;
import dev.kayakomcp.model.Ticket;
import dev.kayakomcp.model.User;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The tool calls {@code bench --latency} measures, one row each, chosen from the emulator's data so
 * every part they read exists. Add a row for a new tool here; the runner ({@link BenchToolCalls})
 * needs no change.
 */
final class BenchScenarios {

  /**
   * One measured call.
   *
   * @param label what the row shows
   * @param tool the tool
   * @param arguments its arguments
   * @param fresh whether caches of earlier results (searches, listings in progress) are cleared
   *     before each repetition, so it measures a first call rather than a later page
   */
  record Scenario(String label, String tool, Map<String, Object> arguments, boolean fresh) {

    static Scenario of(String label, String tool, Map<String, Object> arguments) {
      return new Scenario(label, tool, arguments, true);
    }

    /** A later page: measured right after its first page, with the caches that left. */
    static Scenario later(String label, String tool, Map<String, Object> arguments) {
      return new Scenario(label, tool, arguments, false);
    }
  }

  private BenchScenarios() {}

  /** The ticket every ticket-scoped row reads: posts with files, notes, time, custom fields. */
  static Ticket richTicket(Helpdesk h) {
    return h.tickets.values().stream()
        .filter(
            t -> h.posts.getOrDefault(t.id(), List.of()).stream().anyMatch(Post::hasAttachments))
        .filter(t -> !h.ticketNotes.getOrDefault(t.id(), List.of()).isEmpty())
        .filter(t -> !h.timeTracks.getOrDefault(t.id(), List.of()).isEmpty())
        .filter(
            t ->
                h.customFieldValues.getOrDefault(t.id(), Map.of()).values().stream()
                    .map(CustomFieldValue::value)
                    .anyMatch(v -> v != null && !v.isEmpty()))
        .findFirst()
        .orElseThrow();
  }

  /** Every read tool's rows, in the order they run. */
  static List<Scenario> reads(Helpdesk h, Instant now) {
    Ticket t = richTicket(h);
    String id = String.valueOf(t.id());
    Attachment file =
        h.posts.get(t.id()).stream()
            .flatMap(p -> p.attachments().stream())
            .findFirst()
            .orElseThrow();
    int merged =
        h.mergedTicketIds.keySet().stream()
            .filter(old -> h.tickets.containsKey(h.mergedTicketIds.get(old)))
            .findFirst()
            .orElseThrow();
    User user =
        h.users.values().stream().filter(u -> u.userOrganizationId() > 0).findFirst().orElseThrow();
    String month = now.minusSeconds(30L * 86_400).truncatedTo(ChronoUnit.SECONDS).toString();
    List<Scenario> rows = new ArrayList<>();
    rows.add(Scenario.of("get_ticket", "kayako_get_ticket", Map.of("ticket_id", id)));
    rows.add(
        Scenario.of(
            "get_ticket include=posts",
            "kayako_get_ticket",
            Map.of("ticket_id", id, "include", "posts")));
    rows.add(
        Scenario.of(
            "get_ticket detail=full",
            "kayako_get_ticket",
            Map.of("ticket_id", id, "detail", "full")));
    rows.add(
        Scenario.of(
            "get_ticket detail=full, display id",
            "kayako_get_ticket",
            Map.of("ticket_id", t.displayId(), "detail", "full")));
    rows.add(
        Scenario.of(
            "get_ticket detail=full, merged id",
            "kayako_get_ticket",
            Map.of("ticket_id", String.valueOf(merged), "detail", "full")));
    rows.add(Scenario.of("get_ticket_posts", "kayako_get_ticket_posts", Map.of("ticket_id", id)));
    rows.add(Scenario.of("get_ticket_notes", "kayako_get_ticket_notes", Map.of("ticket_id", id)));
    rows.add(
        Scenario.of(
            "get_ticket_time_tracking",
            "kayako_get_ticket_time_tracking",
            Map.of("ticket_id", id)));
    rows.add(
        Scenario.of(
            "list_ticket_attachments", "kayako_list_ticket_attachments", Map.of("ticket_id", id)));
    rows.add(
        Scenario.of(
            "get_ticket_attachment",
            "kayako_get_ticket_attachment",
            Map.of("ticket_id", id, "attachment_id", file.id())));
    rows.add(
        Scenario.of(
            "get_ticket_custom_fields",
            "kayako_get_ticket_custom_fields",
            Map.of("ticket_id", id)));
    for (String lookup :
        List.of(
            "kayako_get_departments",
            "kayako_get_ticket_statuses",
            "kayako_get_ticket_priorities",
            "kayako_get_ticket_types",
            "kayako_list_staff")) {
      rows.add(Scenario.of(lookup.substring("kayako_".length()), lookup, Map.of()));
    }
    rows.add(Scenario.of("get_ticket_counts", "kayako_get_ticket_counts", Map.of()));
    rows.add(Scenario.of("list_tickets (first page)", "kayako_list_tickets", Map.of()));
    rows.add(
        Scenario.of(
            "list_tickets user_id (page not full)",
            "kayako_list_tickets",
            Map.of("user_id", t.userId())));
    rows.add(
        Scenario.of(
            "list_tickets updated_since 30 days",
            "kayako_list_tickets",
            Map.of("updated_since", month, "limit", 50)));
    rows.add(
        Scenario.later(
            "… its next page",
            "kayako_list_tickets",
            Map.of("updated_since", month, "limit", 50, "offset", 50)));
    rows.add(
        Scenario.of(
            "search_tickets (first page)",
            "kayako_search_tickets",
            Map.of("query", "password", "limit", 5)));
    rows.add(
        Scenario.later(
            "… its next page",
            "kayako_search_tickets",
            Map.of("query", "password", "limit", 5, "offset", 5)));
    rows.add(Scenario.of("search_users", "kayako_search_users", Map.of("query", "example")));
    rows.add(Scenario.of("get_user", "kayako_get_user", Map.of("user_id", user.id())));
    rows.add(
        Scenario.of(
            "get_organization",
            "kayako_get_organization",
            Map.of("organization_id", user.userOrganizationId())));
    // The five questions of the reports issue, one tool call each.
    rows.add(
        Scenario.of(
            "volume per department and status",
            "kayako_ticket_report",
            Map.of("group_by", "department,status")));
    rows.add(
        Scenario.of(
            "backlog age",
            "kayako_ticket_report",
            Map.of("status_id", "unresolved", "group_by", "department")));
    rows.add(
        Scenario.of(
            "first response of the last 20 resolved tickets",
            "kayako_ticket_report",
            Map.of("status_id", "resolved", "max_tickets_for_times", 20)));
    rows.add(
        Scenario.of(
            "weekly report",
            "kayako_ticket_report",
            Map.of("created_since", "7d", "compare", "previous", "group_by", "department")));
    rows.add(Scenario.of("what should I work on first", "kayako_needs_attention", Map.of()));
    return rows;
  }
}
