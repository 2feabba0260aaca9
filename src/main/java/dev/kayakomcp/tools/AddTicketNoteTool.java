package dev.kayakomcp.tools;

import dev.kayakomcp.client.KayakoApiException;
import dev.kayakomcp.format.Times;
import dev.kayakomcp.model.Directory;
import dev.kayakomcp.model.Note;
import dev.kayakomcp.model.Ticket;
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
              + " previews. Returns the confirmed note.",
          WriteDefinitions.common(
                  Schema.object()
                      .string("ticket_id", "Numeric ticket id or display id.")
                      .string("contents", "The note text.")
                      .enumeration("color", "Note colour.", COLORS, "yellow"))
              .required("ticket_id", "contents")
              .build(),
          false,
          false);

  @Override
  public ToolDefinition definition() {
    return DEFINITION;
  }

  @Override
  public ToolResult call(ToolArgs args, ToolContext context) throws KayakoApiException {
    String ticketRef = args.requiredString("ticket_id");
    String contents = args.requiredString("contents");
    String color = args.string("color", "yellow").toLowerCase(Locale.ROOT);
    int colorCode = COLORS.indexOf(color) + 1;
    if (colorCode == 0) {
      throw new ToolArgumentException("'color' must be one of " + String.join(", ", COLORS) + ".");
    }
    ResponseFormat format = args.format();
    int staffId = context.writes().settings().staffId();
    Ticket ticket = context.client().ticket(ticketRef);
    Directory directory = context.directory();
    WriteAnswer answer =
        new WriteAnswer(DEFINITION.name())
            .ticket(ticket.id(), ticket.displayId())
            .headline("Note on " + ticket.displayId() + ": " + ticket.subject());
    answer.sent("ticketid", ticket.id() + " (" + ticket.displayId() + ")");
    answer.sent("staffid", staffId + " (" + directory.staffName(staffId) + ")");
    answer.sent("notecolor", colorCode + " (" + color + ")");
    answer.sent("contents", contents);
    if (!WriteGate.proceed(args, context, answer, false, "")) {
      context
          .writes()
          .audit()
          .record(DEFINITION.name(), ticket.displayId(), answer.sentFields(), answer.status().word);
      return answer.result(format);
    }
    Note note = context.client().addNote(ticket.id(), staffId, contents, colorCode);
    List<Note> now = context.client().notes(ticket.id());
    boolean found = now.stream().anyMatch(n -> n.id() == note.id());
    answer.confirmed("note_id", note.id());
    answer.confirmed("note_found_on_re_read", found);
    answer.confirmed("author", note.creatorStaffName());
    answer.confirmed("created_at", Times.iso(note.creationDate()));
    context
        .writes()
        .audit()
        .record(
            DEFINITION.name(), ticket.displayId(), answer.sentFields(), "added note " + note.id());
    return answer
        .status(found ? WriteAnswer.Status.DONE : WriteAnswer.Status.FAILED)
        .note(
            found
                ? ""
                : "Kayako answered with note "
                    + note.id()
                    + " but it is not in the ticket's notes on re-reading.")
        .result(format);
  }
}
