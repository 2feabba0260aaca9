package dev.kayakomcp.tools;

import dev.kayakomcp.client.KayakoApiException;
import dev.kayakomcp.model.Directory;
import dev.kayakomcp.model.Ticket;
import dev.kayakomcp.write.NoteOperation;
import java.util.List;
import java.util.Locale;

/** {@code kayako_add_ticket_note}: an internal staff note; customers never see notes. */
public final class AddTicketNoteTool implements KayakoTool {

  private static final List<String> COLORS = List.of("yellow", "purple", "blue", "green", "red");

  private static final ToolDefinition DEFINITION =
      WriteDefinitions.write(
          "kayako_add_ticket_note",
          "Add a staff note",
          "Add an internal staff note to a ticket as the configured staff member (customers never"
              + " see notes). color: yellow (default), purple, blue, green, red. dry_run=true"
              + " previews. An identical note within 10 minutes is refused unless"
              + " allow_duplicate=true. Returns the confirmed note.",
          WriteDefinitions.common(
                  WriteDefinitions.allowDuplicate(
                      Schema.object()
                          .string("ticket_id", "Numeric ticket id or display id.")
                          .string("contents", "The note text.")
                          .enumeration("color", "Note colour.", COLORS, "yellow"),
                      "the same note went to this ticket"))
              .required("ticket_id", "contents")
              .build(),
          false,
          false);

  /**
   * The arguments, parsed once.
   *
   * @param color 1 yellow … 5 red, Kayako's note colour codes
   */
  record Args(TicketRef ticketRef, String contents, int color, WriteOptions options) {

    static Args parse(ToolArgs args) {
      String name = args.string("color", "yellow").toLowerCase(Locale.ROOT);
      int color = COLORS.indexOf(name) + 1;
      if (color == 0) {
        throw new ToolArgumentException(
            "'color' must be one of " + String.join(", ", COLORS) + ".");
      }
      return new Args(
          TicketRef.parse("ticket_id", args.requiredString("ticket_id")),
          args.requiredString("contents"),
          color,
          WriteOptions.parse(args));
    }

    String colorName() {
      return COLORS.get(color - 1);
    }
  }

  @Override
  public ToolDefinition definition() {
    return DEFINITION;
  }

  @Override
  public ToolResult call(ToolArgs args, ToolContext context) throws KayakoApiException {
    Args a = Args.parse(args);
    int staffId = context.writes().settings().staffId();
    LoadedTicket loaded = context.tickets().load(a.ticketRef(), TicketParts.TICKET);
    Ticket ticket = loaded.ticket();
    Directory directory = context.directory();
    WriteAnswer answer =
        new WriteAnswer(DEFINITION.name())
            .on(loaded)
            .headline("Note on " + ticket.displayId() + ": " + ticket.subject());
    answer.sent("ticketid", ticket.id() + " (" + ticket.displayId() + ")");
    answer.sent("staffid", staffId + " (" + directory.staffName(staffId) + ")");
    answer.sent("notecolor", a.color() + " (" + a.colorName() + ")");
    answer.sent("contents", a.contents());
    NoteOperation op =
        new NoteOperation(
            DEFINITION.name(), ticket, staffId, a.contents(), a.color(), answer.sentFields());
    return WriteFlow.run(context, a.options(), op, answer, null);
  }
}
