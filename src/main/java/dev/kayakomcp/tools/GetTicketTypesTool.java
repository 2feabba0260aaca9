package dev.kayakomcp.tools;

import dev.kayakomcp.client.KayakoApiException;
import dev.kayakomcp.model.Directory;
import dev.kayakomcp.model.TicketType;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** {@code kayako_get_ticket_types}: the ticket types with ids and department scope. */
public final class GetTicketTypesTool implements KayakoTool {

  private static final ToolDefinition DEFINITION =
      ToolDefinition.readOnly(
          "kayako_get_ticket_types",
          "List ticket types",
          "List all ticket types: id, title, display order, and the department a type is limited"
              + " to (none = every department).",
          Schema.object().responseFormat().build(),
          OutputSchemas.object(
              Schema.ordered(
                  "types",
                  Schema.arrayOf(
                      OutputSchemas.object(
                          Schema.ordered(
                              "id", Schema.type("integer"),
                              "title", Schema.type("string"),
                              "display_order", Schema.type("integer"),
                              "department_id", Schema.type("integer"),
                              "department", Schema.nullable("string")),
                          List.of("id", "title"))),
                  "count",
                  Schema.type("integer")),
              List.of("types", "count")),
          "lookups");

  @Override
  public ToolDefinition definition() {
    return DEFINITION;
  }

  @Override
  public ToolResult call(ToolArgs args, ToolContext context) throws KayakoApiException {
    ResponseFormat format = args.format();
    Directory directory = context.directory();
    List<TicketType> types =
        context.client().ticketTypes().stream()
            .sorted(Comparator.comparingInt(TicketType::displayOrder))
            .toList();
    return new LookupTable<TicketType>(
            "Ticket types",
            "No ticket types found.",
            "types",
            List.of("id", "title", "order", "department"),
            t ->
                Arrays.asList(
                    t.id(),
                    t.title(),
                    t.displayOrder(),
                    t.departmentId() == 0
                        ? "all"
                        : directory.departmentName(t.departmentId())
                            + " ("
                            + t.departmentId()
                            + ")"),
            t ->
                Schema.ordered(
                    "id", t.id(),
                    "title", t.title(),
                    "display_order", t.displayOrder(),
                    "department_id", t.departmentId(),
                    "department",
                        t.departmentId() == 0 ? null : directory.departmentName(t.departmentId())))
        .render(format, types);
  }
}
