package dev.kayakomcp.tools;

import dev.kayakomcp.client.KayakoApiException;
import dev.kayakomcp.model.Directory;
import dev.kayakomcp.model.TicketType;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
    return Budgeted.render(
        format,
        types.size(),
        new Budgeted.Renderer() {
          @Override
          public String markdown(int shown) {
            StringBuilder sb = new StringBuilder("# Ticket types\n\n");
            if (types.isEmpty()) {
              return sb.append("No ticket types found.\n").toString();
            }
            sb.append("| id | title | order | department |\n| --- | --- | --- | --- |\n");
            for (TicketType t : types.subList(0, shown)) {
              sb.append("| ")
                  .append(t.id())
                  .append(" | ")
                  .append(t.title())
                  .append(" | ")
                  .append(t.displayOrder())
                  .append(" | ")
                  .append(
                      t.departmentId() == 0
                          ? "all"
                          : directory.departmentName(t.departmentId())
                              + " ("
                              + t.departmentId()
                              + ")")
                  .append(" |\n");
            }
            return sb.toString();
          }

          @Override
          public Map<String, Object> structured(int shown) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put(
                "types",
                types.subList(0, shown).stream()
                    .map(
                        t ->
                            (Object)
                                Schema.ordered(
                                    "id", t.id(),
                                    "title", t.title(),
                                    "display_order", t.displayOrder(),
                                    "department_id", t.departmentId(),
                                    "department",
                                        t.departmentId() == 0
                                            ? null
                                            : directory.departmentName(t.departmentId())))
                    .toList());
            m.put("count", types.size());
            return m;
          }
        });
  }
}
