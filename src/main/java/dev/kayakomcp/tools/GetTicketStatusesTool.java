package dev.kayakomcp.tools;

import dev.kayakomcp.client.KayakoApiException;
import dev.kayakomcp.model.Directory;
import dev.kayakomcp.model.TicketStatus;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code kayako_get_ticket_statuses}: statuses with scope and whether they count as resolved. */
public final class GetTicketStatusesTool implements KayakoTool {

  private static final ToolDefinition DEFINITION =
      ToolDefinition.readOnly(
          "kayako_get_ticket_statuses",
          "List ticket statuses",
          "List all ticket statuses: id, title, department scope, whether it counts as resolved,"
              + " display order. Use an id as status_id in kayako_list_tickets.",
          Schema.object().responseFormat().build(),
          OutputSchemas.object(
              Schema.ordered(
                  "statuses",
                  Schema.arrayOf(OutputSchemas.object(statusProperties(), List.of("id", "title"))),
                  "count",
                  Schema.type("integer")),
              List.of("statuses", "count")),
          "lookups");

  @Override
  public ToolDefinition definition() {
    return DEFINITION;
  }

  @Override
  public ToolResult call(ToolArgs args, ToolContext context) throws KayakoApiException {
    ResponseFormat format = args.format();
    Directory directory = context.directory();
    List<TicketStatus> statuses =
        directory.statuses().stream()
            .sorted(
                Comparator.comparingInt(TicketStatus::displayOrder).thenComparing(TicketStatus::id))
            .toList();
    return new LookupTable<TicketStatus>(
            "Ticket statuses",
            "No ticket statuses found.",
            "statuses",
            List.of("id", "title", "department", "resolved", "type", "order"),
            s ->
                Arrays.asList(
                    s.id(),
                    s.title(),
                    scope(directory, s),
                    s.markAsResolved() ? "yes" : "no",
                    s.type(),
                    s.displayOrder()),
            s -> toMap(directory, s),
            shown ->
                "\nkayako_list_tickets includes every status (resolved ones too) unless status_id"
                    + " is given.\n")
        .render(format, statuses);
  }

  private static String scope(Directory directory, TicketStatus s) {
    return s.departmentId() == 0
        ? "all"
        : directory.departmentName(s.departmentId()) + " (" + s.departmentId() + ")";
  }

  private static Map<String, Object> toMap(Directory directory, TicketStatus s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", s.id());
    m.put("title", s.title());
    m.put("department_id", s.departmentId());
    m.put("department", s.departmentId() == 0 ? null : directory.departmentName(s.departmentId()));
    m.put("is_resolved", s.markAsResolved());
    m.put("type", s.type());
    m.put("display_order", s.displayOrder());
    return m;
  }

  private static Map<String, Object> statusProperties() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("id", Schema.type("integer"));
    p.put("title", Schema.type("string"));
    p.put("department_id", Schema.type("integer"));
    p.put("department", Schema.nullable("string"));
    p.put("is_resolved", Schema.type("boolean"));
    p.put("type", Schema.type("string"));
    p.put("display_order", Schema.type("integer"));
    return p;
  }
}
