package dev.kayakomcp.tools;

import dev.kayakomcp.model.Directory;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The arguments of {@code kayako_bulk_update_tickets}, parsed once: which tickets (by id, or by the
 * filters of {@code kayako_list_tickets} with the count the caller expects), what to change, the
 * note to add to each, and whether this is a dry run or confirmed.
 */
record BulkRequest(
    List<TicketRef> ticketIds,
    TicketFilter filter,
    Integer expectedCount,
    Changes changes,
    String note,
    WriteOptions options) {

  /** The most tickets one call may change. */
  static final int MAX_TICKETS = 100;

  /** New values as the caller wrote them (names or ids); null where nothing changes. */
  record Changes(String status, String priority, String owner, String department, String type) {
    boolean isEmpty() {
      return status == null
          && priority == null
          && owner == null
          && department == null
          && type == null;
    }

    /** "status → Closed; owner → Dana" for the confirmation question. */
    String describe() {
      List<String> parts = new ArrayList<>();
      add(parts, "department", department);
      add(parts, "status", status);
      add(parts, "priority", priority);
      add(parts, "type", type);
      add(parts, "owner", owner);
      return String.join("; ", parts);
    }

    private static void add(List<String> parts, String label, String value) {
      if (value != null) {
        parts.add(label + " → " + value);
      }
    }
  }

  /** Whether the tickets are chosen by filters rather than listed. */
  boolean byFilters() {
    return filter != null;
  }

  static BulkRequest parse(ToolArgs args, Directory directory, Clock clock) {
    List<TicketRef> ids =
        new ArrayList<>(
            new LinkedHashSet<>(
                args.stringList("ticket_ids").stream()
                    .map(raw -> TicketRef.parse("ticket_ids", raw))
                    .toList()));
    boolean anyFilter = TicketFilter.ARGUMENTS.stream().anyMatch(args::has);
    Integer expected = args.optionalInt("expected_count");
    if (!ids.isEmpty() && anyFilter) {
      throw new ToolArgumentException(
          "Give either ticket_ids or filters (department_id, status_id, ...), not both.");
    }
    if (ids.isEmpty() && !anyFilter) {
      throw new ToolArgumentException(
          "Which tickets? Give ticket_ids (at most "
              + MAX_TICKETS
              + "), or the filters of kayako_list_tickets with expected_count.");
    }
    if (ids.size() > MAX_TICKETS) {
      throw new ToolArgumentException(
          ids.size() + " ticket_ids given; at most " + MAX_TICKETS + " per call: split the batch.");
    }
    if (anyFilter && expected == null) {
      throw new ToolArgumentException(
          "With filters, expected_count is required: list the tickets with kayako_list_tickets"
              + " (same filters), check them, and pass the total you saw as expected_count.");
    }
    if (expected != null && (expected < 1 || expected > MAX_TICKETS)) {
      throw new ToolArgumentException(
          "expected_count must be between 1 and " + MAX_TICKETS + ", not " + expected + ".");
    }
    Changes changes =
        new Changes(
            optional(args, "status"),
            optional(args, "priority"),
            optional(args, "owner"),
            optional(args, "department"),
            optional(args, "type"));
    if (changes.isEmpty()) {
      throw new ToolArgumentException(
          "Nothing to change: give at least one of status, priority, owner, department, type.");
    }
    String note = optional(args, "note");
    return new BulkRequest(
        ids,
        anyFilter ? TicketFilter.parse(args, directory, clock) : null,
        expected,
        changes,
        note,
        WriteOptions.parse(args));
  }

  private static String optional(ToolArgs args, String name) {
    if (!args.has(name)) {
      return null;
    }
    String v = args.string(name, "").strip();
    if (v.isEmpty()) {
      throw new ToolArgumentException("'" + name + "' is empty; leave it out to keep the value.");
    }
    return v;
  }
}
