package dev.kayakomcp.tools;

import dev.kayakomcp.client.KayakoApiException;
import dev.kayakomcp.format.CustomFieldSet;
import dev.kayakomcp.format.Untrusted;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code kayako_get_ticket_custom_fields}: a ticket's custom field values, explained. */
public final class GetTicketCustomFieldsTool implements KayakoTool {

  private static final ToolDefinition DEFINITION =
      ToolDefinition.readOnly(
          "kayako_get_ticket_custom_fields",
          "Get a ticket's custom fields",
          "Get a ticket's custom field values by group, with each field's title, type (text,"
              + " select, multi-select, linked select, date, file, …) and its options. File fields"
              + " show name and size, not contents; password fields are not shown. "
              + Untrusted.NOTICE,
          Schema.object()
              .string(
                  "ticket_id",
                  "Numeric ticket id or display id, e.g. \"1042\" or \"QXV-418-20573\".")
              .responseFormat()
              .required("ticket_id")
              .build(),
          OutputSchemas.object(
              Schema.ordered(
                  "ticket_id", Schema.type("integer"),
                  "display_id", Schema.nullable("string"),
                  "count", Schema.type("integer"),
                  "fields", Schema.arrayOf(OutputSchemas.customField())),
              List.of("ticket_id", "count", "fields")),
          "tickets");

  @Override
  public ToolDefinition definition() {
    return DEFINITION;
  }

  @Override
  public ToolResult call(ToolArgs args, ToolContext context) throws KayakoApiException {
    TicketRef ref = context.tickets().ref(args);
    ResponseFormat format = args.format();
    TicketPart<CustomFieldSet> part = context.tickets().customFields(ref);
    CustomFieldSet fields = part.value();
    return Budgeted.render(
        format,
        fields.count(),
        new Budgeted.Renderer() {
          @Override
          public String markdown(int shown) {
            return "# Custom fields of ticket "
                + part.heading()
                + "\n\n"
                + part.mergeNotice()
                + fields.markdown(shown);
          }

          @Override
          public Map<String, Object> structured(int shown) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("ticket_id", part.ticketId());
            m.put("display_id", part.displayId());
            m.put("count", fields.count());
            m.put("fields", fields.structured(shown));
            return m;
          }
        });
  }
}
