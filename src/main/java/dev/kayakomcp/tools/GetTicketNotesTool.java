package dev.kayakomcp.tools;

import dev.kayakomcp.client.KayakoApiException;
import dev.kayakomcp.format.NoteView;
import dev.kayakomcp.format.Paging;
import dev.kayakomcp.model.Directory;
import dev.kayakomcp.model.Note;
import dev.kayakomcp.model.Ticket;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code kayako_get_ticket_notes}: a ticket's internal staff notes, oldest first. */
public final class GetTicketNotesTool implements KayakoTool {

  private static final ToolDefinition DEFINITION =
      ToolDefinition.readOnly(
          "kayako_get_ticket_notes",
          "Get a ticket's staff notes",
          "Get the internal staff notes of a ticket (never seen by the customer), oldest first:"
              + " author, time, colour, the staff member a note is for, text.",
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
                  "display_id", Schema.type("string"),
                  "total_notes", Schema.type("integer"),
                  "notes", Schema.arrayOf(OutputSchemas.note()),
                  "notes_shown", Schema.type("integer")),
              List.of("ticket_id", "total_notes", "notes")),
          "tickets");

  @Override
  public ToolDefinition definition() {
    return DEFINITION;
  }

  @Override
  public ToolResult call(ToolArgs args, ToolContext context) throws KayakoApiException {
    TicketRef ref = context.tickets().ref(args);
    ResponseFormat format = args.format();
    LoadedTicket loaded = context.tickets().load(ref, TicketParts.TICKET);
    Directory directory = context.directory();
    Ticket t = loaded.ticket();
    List<Note> notes = loaded.ticketNotes();
    NoteView view = new NoteView(directory, context.times());
    return Budgeted.render(
        format,
        notes.size(),
        new Budgeted.Renderer() {
          @Override
          public String markdown(int shown) {
            StringBuilder sb = new StringBuilder("# Staff notes of ticket ");
            sb.append(TicketLoader.heading(t)).append("\n\n").append(loaded.mergeNotice());
            if (notes.isEmpty()) {
              return sb.append("This ticket has no staff notes.\n").toString();
            }
            sb.append(notes.size()).append(" notes, oldest first.\n\n");
            for (Note n : notes.subList(0, shown)) {
              sb.append(view.markdown(n)).append('\n');
            }
            return sb.append(
                    Paging.didNotFit(
                        shown,
                        notes.size(),
                        "notes",
                        "Search them with kayako_search_tickets and search_notes=true"))
                .toString();
          }

          @Override
          public Map<String, Object> structured(int shown) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("ticket_id", t.id());
            m.put("display_id", t.displayId());
            m.put("total_notes", notes.size());
            m.put(
                "notes",
                notes.subList(0, shown).stream().map(n -> (Object) view.structured(n)).toList());
            m.put("notes_shown", shown);
            return m;
          }
        });
  }
}
