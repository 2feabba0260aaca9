package dev.kayakomcp.tools;

import dev.kayakomcp.client.KayakoApiException;
import dev.kayakomcp.model.TicketPriority;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** {@code kayako_get_ticket_priorities}: the ticket priorities with ids and order. */
public final class GetTicketPrioritiesTool implements KayakoTool {

  private static final ToolDefinition DEFINITION =
      ToolDefinition.readOnly(
          "kayako_get_ticket_priorities",
          "List ticket priorities",
          "List all ticket priorities: id, title, display order, type (public or private) and"
              + " colour.",
          Schema.object().responseFormat().build(),
          OutputSchemas.object(
              Schema.ordered(
                  "priorities",
                  Schema.arrayOf(
                      OutputSchemas.object(
                          Schema.ordered(
                              "id", Schema.type("integer"),
                              "title", Schema.type("string"),
                              "display_order", Schema.type("integer"),
                              "type", Schema.nullable("string"),
                              "color", Schema.nullable("string")),
                          List.of("id", "title"))),
                  "count",
                  Schema.type("integer")),
              List.of("priorities", "count")),
          "lookups");

  @Override
  public ToolDefinition definition() {
    return DEFINITION;
  }

  @Override
  public ToolResult call(ToolArgs args, ToolContext context) throws KayakoApiException {
    ResponseFormat format = args.format();
    List<TicketPriority> priorities =
        context.client().ticketPriorities().stream()
            .sorted(Comparator.comparingInt(TicketPriority::displayOrder))
            .toList();
    return new LookupTable<TicketPriority>(
            "Ticket priorities",
            "No priorities found.",
            "priorities",
            List.of("id", "title", "order", "type"),
            p -> Arrays.asList(p.id(), p.title(), p.displayOrder(), p.type()),
            p ->
                Schema.ordered(
                    "id", p.id(),
                    "title", p.title(),
                    "display_order", p.displayOrder(),
                    "type", p.type(),
                    "color", p.bgColorCode()))
        .render(format, priorities);
  }
}
