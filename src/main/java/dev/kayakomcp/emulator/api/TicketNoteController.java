package dev.kayakomcp.emulator.api;

import dev.kayakomcp.emulator.Helpdesk;
import dev.kayakomcp.emulator.http.ApiException;
import dev.kayakomcp.emulator.http.ApiRequest;
import dev.kayakomcp.emulator.http.ApiResponse;
import dev.kayakomcp.emulator.http.Params;
import dev.kayakomcp.emulator.xml.NoteXml;
import dev.kayakomcp.model.Note;
import dev.kayakomcp.model.NoteType;
import dev.kayakomcp.model.Staff;
import dev.kayakomcp.model.Ticket;
import dev.kayakomcp.xml.XmlWriter;
import java.util.List;
import java.util.Set;

/** Tickets/TicketNote (§2.6): ticket notes only; ListAll, GET one, POST, DELETE. */
final class TicketNoteController implements Controller {

  static final String NOTE_NOT_FOUND = "Ticket note not Found";
  static final String NOT_THIS_TICKET = "Ticket note does not belong to the specified ticket";

  private final Context ctx;

  TicketNoteController(Context ctx) {
    this.ctx = ctx;
  }

  @Override
  public Set<String> actions() {
    return Set.of("listall");
  }

  @Override
  public ApiResponse action(String name, List<String> args, ApiRequest r) {
    String ticketArg = args.isEmpty() ? "" : args.get(0);
    return ctx.read(
        () -> {
          Helpdesk h = ctx.helpdesk();
          TicketStore.require(h, ticketArg);
          return ApiResponse.xml(
              document(h.ticketNotes.getOrDefault(Support.rawId(ticketArg), List.of())));
        });
  }

  @Override
  public ApiResponse getList(ApiRequest r) {
    throw ApiException.badRequest("Not Implemented, Call /Tickets/TicketNote/ListAll instead.");
  }

  @Override
  public ApiResponse get(List<String> args, ApiRequest r) {
    return ctx.read(() -> ApiResponse.xml(document(List.of(locate(args)))));
  }

  @Override
  public ApiResponse delete(List<String> args, ApiRequest r) {
    return ctx.write(
        () -> {
          Note note = locate(args);
          Helpdesk h = ctx.helpdesk();
          ByTicket.remove(h.ticketNotes, note.ownerId(), note.id(), Note::id);
          return ApiResponse.emptyOk();
        });
  }

  @Override
  public ApiResponse post(List<String> args, ApiRequest r) {
    Params p = r.params();
    if (p.isEmpty("ticketid")) {
      throw ApiException.badRequest("No Ticket ID Specified");
    }
    return ctx.write(
        () -> {
          Helpdesk h = ctx.helpdesk();
          Staff staff = h.staff.get(p.intValue("staffid"));
          if (staff == null && p.text("fullname").isEmpty()) {
            throw ApiException.badRequest("No fullname or staff id specified");
          }
          if (!p.has("contents")) {
            throw ApiException.badRequest("No contents specified");
          }
          Ticket t = TicketStore.require(h, p.text("ticketid"));
          Staff forStaff = h.staff.get(p.intValue("forstaffid"));
          int color = p.intValue("notecolor");
          int id = nextNoteId(h);
          Note note =
              new Note(
                  NoteType.TICKET,
                  id,
                  t.id(),
                  color >= 1 && color <= 5 ? color : 1,
                  staff == null ? 0 : staff.id(),
                  forStaff == null ? 0 : forStaff.id(),
                  staff == null ? p.text("fullname") : staff.fullName(),
                  ctx.now(),
                  p.text("contents"));
          ByTicket.append(h.ticketNotes, t.id(), note);
          TicketStore.touch(h, t.id(), ctx.now());
          boolean echo = Support.rawId(p.text("ticketid")) == t.id();
          return ApiResponse.xml(document(echo ? List.of(note) : List.of()));
        });
  }

  private Note locate(List<String> args) {
    Helpdesk h = ctx.helpdesk();
    return ByTicket.locate(
        h, h.ticketNotes, args, Note::id, Note::ownerId, NOTE_NOT_FOUND, NOT_THIS_TICKET);
  }

  private static int nextNoteId(Helpdesk h) {
    int id = Math.max(h.nextNoteId, ByTicket.maxId(h.ticketNotes, Note::id) + 1);
    h.nextNoteId = id + 1;
    return id;
  }

  private static String document(List<Note> notes) {
    XmlWriter w = XmlWriter.document("notes");
    for (Note n : notes) {
      NoteXml.writeOwned(w, "note", n, "ticketid");
    }
    return w.finish("notes");
  }
}
