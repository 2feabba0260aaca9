package dev.kayakomcp.tools;

import dev.kayakomcp.client.KayakoApiException;
import dev.kayakomcp.model.TicketPriority;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
    return Budgeted.render(
        format,
        priorities.size(),
        new Budgeted.Renderer() {
          @Override
          public String markdown(int shown) {
            StringBuilder sb = new StringBuilder("# Ticket priorities\n\n");
            if (priorities.isEmpty()) {
              return sb.append("No priorities found.\n").toString();
            }
            sb.append("| id | title | order | type |\n| --- | --- | --- | --- |\n");
            for (TicketPriority p : priorities.subList(0, shown)) {
              sb.append("| ")
                  .append(p.id())
                  .append(" | ")
                  .append(p.title())
                  .append(" | ")
                  .append(p.displayOrder())
                  .append(" | ")
                  .append(p.type())
                  .append(" |\n");
            }
            return sb.toString();
          }

          @Override
          public Map<String, Object> structured(int shown) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put(
                "priorities",
                priorities.subList(0, shown).stream()
                    .map(
                        p ->
                            (Object)
                                Schema.ordered(
                                    "id", p.id(),
                                    "title", p.title(),
                                    "display_order", p.displayOrder(),
                                    "type", p.type(),
                                    "color", p.bgColorCode()))
                    .toList());
            m.put("count", priorities.size());
            return m;
          }
        });
  }
}
