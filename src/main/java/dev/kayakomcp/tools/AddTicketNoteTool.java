package dev.kayakomcp.tools;

import dev.kayakomcp.client.KayakoApiException;
import dev.kayakomcp.client.KayakoTransportException;
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
    long sentAt = context.clock().instant().getEpochSecond();
    Note note;
    try {
      note = context.client().addNote(ticket.id(), staffId, contents, colorCode);
    } catch (KayakoTransportException e) {
      // Re-read before answering, so the agent neither repeats a stored note nor trusts a lost one.
      note =
          context.client().notes(ticket.id()).stream()
              .filter(n -> n.creatorStaffId() == staffId && n.creationDate() >= sentAt - 120)
              .filter(
                  n -> ReplyLedger.normalise(n.contents()).equals(ReplyLedger.normalise(contents)))
              .reduce((a, b) -> b)
              .orElse(null);
      if (note == null) {
        context
            .writes()
            .audit()
            .record(
                DEFINITION.name(),
                ticket.displayId(),
                answer.sentFields(),
                "not added (transport failure, re-read shows none)");
        return answer
            .status(WriteAnswer.Status.FAILED)
            .note(
                "Kayako did not answer ("
                    + e.getMessage()
                    + ") and re-reading shows no such note:"
                    + " it was not added. It is safe to try again.")
            .result(format);
      }
      answer.note(
          "Kayako did not answer in time, but re-reading shows the note was added. Do not"
              + " add it again.");
    }
    int noteId = note.id();
    List<Note> now = context.client().notes(ticket.id());
    boolean found = now.stream().anyMatch(n -> n.id() == noteId);
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
