package dev.kayakomcp.tools;

import dev.kayakomcp.client.KayakoApiException;
import dev.kayakomcp.format.AttachmentView;
import dev.kayakomcp.format.Paging;
import dev.kayakomcp.model.Attachment;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code kayako_list_ticket_attachments}: the files attached to a ticket's posts, no contents. */
public final class ListTicketAttachmentsTool implements KayakoTool {

  private static final ToolDefinition DEFINITION =
      ToolDefinition.readOnly(
          "kayako_list_ticket_attachments",
          "List a ticket's attachments",
          "List the files attached to a ticket's posts: id, name, MIME type, size, post, time and"
              + " kind (text, image or file). Read one with kayako_get_ticket_attachment.",
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
                  "total", Schema.type("integer"),
                  "total_bytes", Schema.type("integer"),
                  "attachments", Schema.arrayOf(OutputSchemas.attachment())),
              List.of("ticket_id", "total", "attachments")),
          "tickets");

  @Override
  public ToolDefinition definition() {
    return DEFINITION;
  }

  @Override
  public ToolResult call(ToolArgs args, ToolContext context) throws KayakoApiException {
    TicketRef ref = context.tickets().ref(args);
    ResponseFormat format = args.format();
    TicketPart<List<Attachment>> part = context.tickets().attachments(ref);
    List<Attachment> files =
        part.value().stream()
            .sorted(Comparator.comparingLong(Attachment::dateline).thenComparingInt(Attachment::id))
            .toList();
    long bytes = files.stream().mapToLong(Attachment::fileSize).sum();
    return Budgeted.render(
        format,
        files.size(),
        new Budgeted.Renderer() {
          @Override
          public String markdown(int shown) {
            StringBuilder sb = new StringBuilder("# Attachments of ticket ");
            sb.append(part.heading()).append("\n\n").append(part.mergeNotice());
            if (files.isEmpty()) {
              return sb.append("This ticket has no attachments.\n").toString();
            }
            sb.append(files.size()).append(" files, oldest first:\n\n");
            files.subList(0, shown).forEach(a -> sb.append(AttachmentView.markdown(a)));
            if (shown < files.size()) {
              sb.append('\n').append(Paging.didNotFit(shown, files.size(), "files"));
            }
            sb.append(
                "\nRead one with kayako_get_ticket_attachment {\"ticket_id\": \""
                    + part.ticketId()
                    + "\", \"attachment_id\": ID}.\n");
            return sb.toString();
          }

          @Override
          public Map<String, Object> structured(int shown) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("ticket_id", part.ticketId());
            m.put("display_id", part.displayId());
            m.put("total", files.size());
            m.put("total_bytes", bytes);
            m.put(
                "attachments",
                files.subList(0, shown).stream()
                    .map(a -> (Object) AttachmentView.structured(a))
                    .toList());
            return m;
          }
        });
  }
}
